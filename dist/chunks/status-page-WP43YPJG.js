import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  h,
  htmlDocument,
  s,
  toHtml
} from "./chunk-RRFMVAHT.js";
import {
  displayPath,
  findRepositoryRoot,
  formatDiagnostic,
  listRepositoryFiles
} from "./chunk-XIC2XW7W.js";
import {
  CONFIG_PATH,
  checkConfig,
  loadConfig
} from "./chunk-3Z5CGGDQ.js";
import {
  parseIncident
} from "./chunk-DA3V3GIL.js";
import {
  asciiAlphanumeric,
  formatTimestamp,
  isActive,
  isRfc3339,
  isStatusChange,
  ok,
  remarkGfm,
  remarkParse,
  toMillis,
  unified,
  visit
} from "./chunk-DO73POIR.js";
import "./chunk-DPC5VWB2.js";
import {
  UsageError,
  parseCommandArgs
} from "./chunk-OUX7RQ2J.js";
import "./chunk-L3D5IAE5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-O6QHYEXM.js";

// node_modules/sax/lib/sax.js
var require_sax = __commonJS({
  "node_modules/sax/lib/sax.js"(exports) {
    (function(sax) {
      sax.parser = function(strict, opt) {
        return new SAXParser(strict, opt);
      };
      sax.SAXParser = SAXParser;
      sax.SAXStream = SAXStream;
      sax.createStream = createStream;
      sax.MAX_BUFFER_LENGTH = 64 * 1024;
      var buffers = [
        "comment",
        "sgmlDecl",
        "textNode",
        "tagName",
        "doctype",
        "procInstName",
        "procInstBody",
        "entity",
        "attribName",
        "attribValue",
        "cdata",
        "script"
      ];
      sax.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace"
      ];
      function SAXParser(strict, opt) {
        if (!(this instanceof SAXParser)) {
          return new SAXParser(strict, opt);
        }
        var parser = this;
        clearBuffers(parser);
        parser.q = parser.c = "";
        parser.bufferCheckPosition = sax.MAX_BUFFER_LENGTH;
        parser.encoding = null;
        parser.opt = opt || {};
        parser.opt.lowercase = parser.opt.lowercase || parser.opt.lowercasetags;
        parser.looseCase = parser.opt.lowercase ? "toLowerCase" : "toUpperCase";
        parser.opt.maxEntityCount = parser.opt.maxEntityCount || 512;
        parser.opt.maxEntityDepth = parser.opt.maxEntityDepth || 4;
        parser.entityCount = parser.entityDepth = 0;
        parser.tags = [];
        parser.closed = parser.closedRoot = parser.sawRoot = false;
        parser.tag = parser.error = null;
        parser.strict = !!strict;
        parser.noscript = !!(strict || parser.opt.noscript);
        parser.state = S.BEGIN;
        parser.strictEntities = parser.opt.strictEntities;
        parser.ENTITIES = parser.strictEntities ? Object.create(sax.XML_ENTITIES) : Object.create(sax.ENTITIES);
        parser.attribList = [];
        if (parser.opt.xmlns) {
          parser.ns = Object.create(rootNS);
        }
        if (parser.opt.unquotedAttributeValues === void 0) {
          parser.opt.unquotedAttributeValues = !strict;
        }
        parser.trackPosition = parser.opt.position !== false;
        if (parser.trackPosition) {
          parser.position = parser.line = parser.column = 0;
        }
        emit(parser, "onready");
      }
      if (!Object.create) {
        Object.create = function(o) {
          function F() {
          }
          F.prototype = o;
          var newf = new F();
          return newf;
        };
      }
      if (!Object.keys) {
        Object.keys = function(o) {
          var a = [];
          for (var i in o) if (o.hasOwnProperty(i)) a.push(i);
          return a;
        };
      }
      function checkBufferLength(parser) {
        var maxAllowed = Math.max(sax.MAX_BUFFER_LENGTH, 10);
        var maxActual = 0;
        for (var i = 0, l = buffers.length; i < l; i++) {
          var len = parser[buffers[i]].length;
          if (len > maxAllowed) {
            switch (buffers[i]) {
              case "textNode":
                closeText(parser);
                break;
              case "cdata":
                emitNode(parser, "oncdata", parser.cdata);
                parser.cdata = "";
                break;
              case "script":
                emitNode(parser, "onscript", parser.script);
                parser.script = "";
                break;
              default:
                error(parser, "Max buffer length exceeded: " + buffers[i]);
            }
          }
          maxActual = Math.max(maxActual, len);
        }
        var m = sax.MAX_BUFFER_LENGTH - maxActual;
        parser.bufferCheckPosition = m + parser.position;
      }
      function clearBuffers(parser) {
        for (var i = 0, l = buffers.length; i < l; i++) {
          parser[buffers[i]] = "";
        }
      }
      function flushBuffers(parser) {
        closeText(parser);
        if (parser.cdata !== "") {
          emitNode(parser, "oncdata", parser.cdata);
          parser.cdata = "";
        }
        if (parser.script !== "") {
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
      }
      SAXParser.prototype = {
        end: function() {
          end(this);
        },
        write,
        resume: function() {
          this.error = null;
          return this;
        },
        close: function() {
          return this.write(null);
        },
        flush: function() {
          flushBuffers(this);
        }
      };
      var Stream;
      try {
        Stream = __require("stream").Stream;
      } catch (ex) {
        Stream = function() {
        };
      }
      if (!Stream) Stream = function() {
      };
      var streamWraps = sax.EVENTS.filter(function(ev) {
        return ev !== "error" && ev !== "end";
      });
      function createStream(strict, opt) {
        return new SAXStream(strict, opt);
      }
      function determineBufferEncoding(data, isEnd) {
        if (data.length >= 2) {
          if (data[0] === 255 && data[1] === 254) {
            return "utf-16le";
          }
          if (data[0] === 254 && data[1] === 255) {
            return "utf-16be";
          }
        }
        if (data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191) {
          return "utf8";
        }
        if (data.length >= 4) {
          if (data[0] === 60 && data[1] === 0 && data[2] === 63 && data[3] === 0) {
            return "utf-16le";
          }
          if (data[0] === 0 && data[1] === 60 && data[2] === 0 && data[3] === 63) {
            return "utf-16be";
          }
          return "utf8";
        }
        return isEnd ? "utf8" : null;
      }
      function SAXStream(strict, opt) {
        if (!(this instanceof SAXStream)) {
          return new SAXStream(strict, opt);
        }
        Stream.apply(this);
        this._parser = new SAXParser(strict, opt);
        this.writable = true;
        this.readable = true;
        var me = this;
        this._parser.onend = function() {
          me.emit("end");
        };
        this._parser.onerror = function(er) {
          me.emit("error", er);
          me._parser.error = null;
        };
        this._decoder = null;
        this._decoderBuffer = null;
        streamWraps.forEach(function(ev) {
          Object.defineProperty(me, "on" + ev, {
            get: function() {
              return me._parser["on" + ev];
            },
            set: function(h2) {
              if (!h2) {
                me.removeAllListeners(ev);
                me._parser["on" + ev] = h2;
                return h2;
              }
              me.on(ev, h2);
            },
            enumerable: true,
            configurable: false
          });
        });
      }
      SAXStream.prototype = Object.create(Stream.prototype, {
        constructor: {
          value: SAXStream
        }
      });
      SAXStream.prototype._decodeBuffer = function(data, isEnd) {
        if (this._decoderBuffer) {
          data = Buffer.concat([this._decoderBuffer, data]);
          this._decoderBuffer = null;
        }
        if (!this._decoder) {
          var encoding = determineBufferEncoding(data, isEnd);
          if (!encoding) {
            this._decoderBuffer = data;
            return "";
          }
          this._parser.encoding = encoding;
          this._decoder = new TextDecoder(encoding);
        }
        return this._decoder.decode(data, { stream: !isEnd });
      };
      SAXStream.prototype.write = function(data) {
        if (typeof Buffer === "function" && typeof Buffer.isBuffer === "function" && Buffer.isBuffer(data)) {
          data = this._decodeBuffer(data, false);
        } else if (this._decoderBuffer) {
          var remaining = this._decodeBuffer(Buffer.alloc(0), true);
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.write(data.toString());
        this.emit("data", data);
        return true;
      };
      SAXStream.prototype.end = function(chunk) {
        if (chunk && chunk.length) {
          this.write(chunk);
        }
        if (this._decoderBuffer) {
          var finalChunk = this._decodeBuffer(Buffer.alloc(0), true);
          if (finalChunk) {
            this._parser.write(finalChunk);
            this.emit("data", finalChunk);
          }
        } else if (this._decoder) {
          var remaining = this._decoder.decode();
          if (remaining) {
            this._parser.write(remaining);
            this.emit("data", remaining);
          }
        }
        this._parser.end();
        return true;
      };
      SAXStream.prototype.on = function(ev, handler) {
        var me = this;
        if (!me._parser["on" + ev] && streamWraps.indexOf(ev) !== -1) {
          me._parser["on" + ev] = function() {
            var args = arguments.length === 1 ? [arguments[0]] : Array.apply(null, arguments);
            args.splice(0, 0, ev);
            me.emit.apply(me, args);
          };
        }
        return Stream.prototype.on.call(me, ev, handler);
      };
      var CDATAre = /^\[CDATA\[$/i;
      var DOCTYPEre = /^DOCTYPE$/i;
      var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
      var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
      var rootNS = { xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE };
      var nameStart = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var nameBody = /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      var entityStart = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
      var entityBody = /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function isWhitespace(c) {
        return c === " " || c === "\n" || c === "\r" || c === "	";
      }
      function isQuote(c) {
        return c === '"' || c === "'";
      }
      function isAttribEnd(c) {
        return c === ">" || isWhitespace(c);
      }
      function isMatch(regex, c) {
        return regex.test(c);
      }
      function notMatch(regex, c) {
        return !isMatch(regex, c);
      }
      var S = 0;
      sax.STATE = {
        BEGIN: S++,
        // leading byte order mark or whitespace
        BEGIN_WHITESPACE: S++,
        // leading whitespace
        TEXT: S++,
        // general stuff
        TEXT_ENTITY: S++,
        // &amp and such.
        OPEN_WAKA: S++,
        // <
        SGML_DECL: S++,
        // <!BLARG
        SGML_DECL_QUOTED: S++,
        // <!BLARG foo "bar
        DOCTYPE: S++,
        // <!DOCTYPE
        DOCTYPE_QUOTED: S++,
        // <!DOCTYPE "//blah
        DOCTYPE_DTD: S++,
        // <!DOCTYPE "//blah" [ ...
        DOCTYPE_DTD_QUOTED: S++,
        // <!DOCTYPE "//blah" [ "foo
        COMMENT_STARTING: S++,
        // <!-
        COMMENT: S++,
        // <!--
        COMMENT_ENDING: S++,
        // <!-- blah -
        COMMENT_ENDED: S++,
        // <!-- blah --
        CDATA: S++,
        // <![CDATA[ something
        CDATA_ENDING: S++,
        // ]
        CDATA_ENDING_2: S++,
        // ]]
        PROC_INST: S++,
        // <?hi
        PROC_INST_BODY: S++,
        // <?hi there
        PROC_INST_ENDING: S++,
        // <?hi "there" ?
        OPEN_TAG: S++,
        // <strong
        OPEN_TAG_SLASH: S++,
        // <strong /
        ATTRIB: S++,
        // <a
        ATTRIB_NAME: S++,
        // <a foo
        ATTRIB_NAME_SAW_WHITE: S++,
        // <a foo _
        ATTRIB_VALUE: S++,
        // <a foo=
        ATTRIB_VALUE_QUOTED: S++,
        // <a foo="bar
        ATTRIB_VALUE_CLOSED: S++,
        // <a foo="bar"
        ATTRIB_VALUE_UNQUOTED: S++,
        // <a foo=bar
        ATTRIB_VALUE_ENTITY_Q: S++,
        // <foo bar="&quot;"
        ATTRIB_VALUE_ENTITY_U: S++,
        // <foo bar=&quot
        CLOSE_TAG: S++,
        // </a
        CLOSE_TAG_SAW_WHITE: S++,
        // </a   >
        SCRIPT: S++,
        // <script> ...
        SCRIPT_ENDING: S++
        // <script> ... <
      };
      sax.XML_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'"
      });
      sax.ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830
      });
      Object.keys(sax.ENTITIES).forEach(function(key) {
        var e = sax.ENTITIES[key];
        var s3 = typeof e === "number" ? String.fromCharCode(e) : e;
        sax.ENTITIES[key] = s3;
      });
      for (var s2 in sax.STATE) {
        sax.STATE[sax.STATE[s2]] = s2;
      }
      S = sax.STATE;
      function emit(parser, event, data) {
        parser[event] && parser[event](data);
      }
      function getDeclaredEncoding(body) {
        var match = body && body.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i);
        return match ? match[2] : null;
      }
      function normalizeEncodingName(encoding) {
        if (!encoding) {
          return null;
        }
        return encoding.toLowerCase().replace(/[^a-z0-9]/g, "");
      }
      function encodingsMatch(detectedEncoding, declaredEncoding) {
        const detected = normalizeEncodingName(detectedEncoding);
        const declared = normalizeEncodingName(declaredEncoding);
        if (!detected || !declared) {
          return true;
        }
        if (declared === "utf16") {
          return detected === "utf16le" || detected === "utf16be";
        }
        return detected === declared;
      }
      function validateXmlDeclarationEncoding(parser, data) {
        if (!parser.strict || !parser.encoding || !data || data.name !== "xml") {
          return;
        }
        var declaredEncoding = getDeclaredEncoding(data.body);
        if (declaredEncoding && !encodingsMatch(parser.encoding, declaredEncoding)) {
          strictFail(
            parser,
            "XML declaration encoding " + declaredEncoding + " does not match detected stream encoding " + parser.encoding.toUpperCase()
          );
        }
      }
      function emitNode(parser, nodeType, data) {
        if (parser.textNode) closeText(parser);
        emit(parser, nodeType, data);
      }
      function closeText(parser) {
        parser.textNode = textopts(parser.opt, parser.textNode);
        if (parser.textNode) emit(parser, "ontext", parser.textNode);
        parser.textNode = "";
      }
      function textopts(opt, text2) {
        if (opt.trim) text2 = text2.trim();
        if (opt.normalize) text2 = text2.replace(/\s+/g, " ");
        return text2;
      }
      function error(parser, er) {
        closeText(parser);
        if (parser.trackPosition) {
          er += "\nLine: " + parser.line + "\nColumn: " + parser.column + "\nChar: " + parser.c;
        }
        er = new Error(er);
        parser.error = er;
        emit(parser, "onerror", er);
        return parser;
      }
      function end(parser) {
        if (parser.sawRoot && !parser.closedRoot)
          strictFail(parser, "Unclosed root tag");
        if (parser.state !== S.BEGIN && parser.state !== S.BEGIN_WHITESPACE && parser.state !== S.TEXT) {
          error(parser, "Unexpected end");
        }
        closeText(parser);
        parser.c = "";
        parser.closed = true;
        emit(parser, "onend");
        SAXParser.call(parser, parser.strict, parser.opt);
        return parser;
      }
      function strictFail(parser, message) {
        if (typeof parser !== "object" || !(parser instanceof SAXParser)) {
          throw new Error("bad call to strictFail");
        }
        if (parser.strict) {
          error(parser, message);
        }
      }
      function newTag(parser) {
        if (!parser.strict) parser.tagName = parser.tagName[parser.looseCase]();
        var parent = parser.tags[parser.tags.length - 1] || parser;
        var tag = parser.tag = { name: parser.tagName, attributes: {} };
        if (parser.opt.xmlns) {
          tag.ns = parent.ns;
        }
        parser.attribList.length = 0;
        emitNode(parser, "onopentagstart", tag);
      }
      function qname(name, attribute) {
        var i = name.indexOf(":");
        var qualName = i < 0 ? ["", name] : name.split(":");
        var prefix = qualName[0];
        var local = qualName[1];
        if (attribute && name === "xmlns") {
          prefix = "xmlns";
          local = "";
        }
        return { prefix, local };
      }
      function attrib(parser) {
        if (!parser.strict) {
          parser.attribName = parser.attribName[parser.looseCase]();
        }
        if (parser.attribList.indexOf(parser.attribName) !== -1 || parser.tag.attributes.hasOwnProperty(parser.attribName)) {
          parser.attribName = parser.attribValue = "";
          return;
        }
        if (parser.opt.xmlns) {
          var qn = qname(parser.attribName, true);
          var prefix = qn.prefix;
          var local = qn.local;
          if (prefix === "xmlns") {
            if (local === "xml" && parser.attribValue !== XML_NAMESPACE) {
              strictFail(
                parser,
                "xml: prefix must be bound to " + XML_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else if (local === "xmlns" && parser.attribValue !== XMLNS_NAMESPACE) {
              strictFail(
                parser,
                "xmlns: prefix must be bound to " + XMLNS_NAMESPACE + "\nActual: " + parser.attribValue
              );
            } else {
              var tag = parser.tag;
              var parent = parser.tags[parser.tags.length - 1] || parser;
              if (tag.ns === parent.ns) {
                tag.ns = Object.create(parent.ns);
              }
              tag.ns[local] = parser.attribValue;
            }
          }
          parser.attribList.push([parser.attribName, parser.attribValue]);
        } else {
          parser.tag.attributes[parser.attribName] = parser.attribValue;
          emitNode(parser, "onattribute", {
            name: parser.attribName,
            value: parser.attribValue
          });
        }
        parser.attribName = parser.attribValue = "";
      }
      function openTag(parser, selfClosing) {
        if (parser.opt.xmlns) {
          var tag = parser.tag;
          var qn = qname(parser.tagName);
          tag.prefix = qn.prefix;
          tag.local = qn.local;
          tag.uri = tag.ns[qn.prefix] || "";
          if (tag.prefix && !tag.uri) {
            strictFail(
              parser,
              "Unbound namespace prefix: " + JSON.stringify(parser.tagName)
            );
            tag.uri = qn.prefix;
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (tag.ns && parent.ns !== tag.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              emitNode(parser, "onopennamespace", {
                prefix: p,
                uri: tag.ns[p]
              });
            });
          }
          for (var i = 0, l = parser.attribList.length; i < l; i++) {
            var nv = parser.attribList[i];
            var name = nv[0];
            var value = nv[1];
            var qualName = qname(name, true);
            var prefix = qualName.prefix;
            var local = qualName.local;
            var uri = prefix === "" ? "" : tag.ns[prefix] || "";
            var a = {
              name,
              value,
              prefix,
              local,
              uri
            };
            if (prefix && prefix !== "xmlns" && !uri) {
              strictFail(
                parser,
                "Unbound namespace prefix: " + JSON.stringify(prefix)
              );
              a.uri = prefix;
            }
            parser.tag.attributes[name] = a;
            emitNode(parser, "onattribute", a);
          }
          parser.attribList.length = 0;
        }
        parser.tag.isSelfClosing = !!selfClosing;
        parser.sawRoot = true;
        parser.tags.push(parser.tag);
        emitNode(parser, "onopentag", parser.tag);
        if (!selfClosing) {
          if (!parser.noscript && parser.tagName.toLowerCase() === "script") {
            parser.state = S.SCRIPT;
          } else {
            parser.state = S.TEXT;
          }
          parser.tag = null;
          parser.tagName = "";
        }
        parser.attribName = parser.attribValue = "";
        parser.attribList.length = 0;
      }
      function closeTag(parser) {
        if (!parser.tagName) {
          strictFail(parser, "Weird empty close tag.");
          parser.textNode += "</>";
          parser.state = S.TEXT;
          return;
        }
        if (parser.script) {
          if (parser.tagName !== "script") {
            parser.script += "</" + parser.tagName + ">";
            parser.tagName = "";
            parser.state = S.SCRIPT;
            return;
          }
          emitNode(parser, "onscript", parser.script);
          parser.script = "";
        }
        var t = parser.tags.length;
        var tagName = parser.tagName;
        if (!parser.strict) {
          tagName = tagName[parser.looseCase]();
        }
        var closeTo = tagName;
        while (t--) {
          var close = parser.tags[t];
          if (close.name !== closeTo) {
            strictFail(parser, "Unexpected close tag");
          } else {
            break;
          }
        }
        if (t < 0) {
          strictFail(parser, "Unmatched closing tag: " + parser.tagName);
          parser.textNode += "</" + parser.tagName + ">";
          parser.state = S.TEXT;
          return;
        }
        parser.tagName = tagName;
        var s3 = parser.tags.length;
        while (s3-- > t) {
          var tag = parser.tag = parser.tags.pop();
          parser.tagName = parser.tag.name;
          emitNode(parser, "onclosetag", parser.tagName);
          var x = {};
          for (var i in tag.ns) {
            x[i] = tag.ns[i];
          }
          var parent = parser.tags[parser.tags.length - 1] || parser;
          if (parser.opt.xmlns && tag.ns !== parent.ns) {
            Object.keys(tag.ns).forEach(function(p) {
              var n = tag.ns[p];
              emitNode(parser, "onclosenamespace", { prefix: p, uri: n });
            });
          }
        }
        if (t === 0) parser.closedRoot = true;
        parser.tagName = parser.attribValue = parser.attribName = "";
        parser.attribList.length = 0;
        parser.state = S.TEXT;
      }
      function parseEntity(parser) {
        var entity = parser.entity;
        var entityLC = entity.toLowerCase();
        var num;
        var numStr = "";
        if (parser.ENTITIES[entity]) {
          return parser.ENTITIES[entity];
        }
        if (parser.ENTITIES[entityLC]) {
          return parser.ENTITIES[entityLC];
        }
        entity = entityLC;
        if (entity.charAt(0) === "#") {
          if (entity.charAt(1) === "x") {
            entity = entity.slice(2);
            num = parseInt(entity, 16);
            numStr = num.toString(16);
          } else {
            entity = entity.slice(1);
            num = parseInt(entity, 10);
            numStr = num.toString(10);
          }
        }
        entity = entity.replace(/^0+/, "");
        if (isNaN(num) || numStr.toLowerCase() !== entity || num < 0 || num > 1114111 || !isXmlChar(num)) {
          strictFail(parser, "Invalid character entity");
          return "&" + parser.entity + ";";
        }
        return String.fromCodePoint(num);
      }
      function isXmlChar(num) {
        return num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111;
      }
      function beginWhiteSpace(parser, c) {
        if (c === "<") {
          parser.state = S.OPEN_WAKA;
          parser.startTagPosition = parser.position;
        } else if (!isWhitespace(c)) {
          strictFail(parser, "Non-whitespace before first tag.");
          parser.textNode = c;
          parser.state = S.TEXT;
        }
      }
      function charAt(chunk, i) {
        var result = "";
        if (i < chunk.length) {
          result = chunk.charAt(i);
        }
        return result;
      }
      function write(chunk) {
        var parser = this;
        if (this.error) {
          throw this.error;
        }
        if (parser.closed) {
          return error(
            parser,
            "Cannot write after close. Assign an onready handler."
          );
        }
        if (chunk === null) {
          return end(parser);
        }
        if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        var i = 0;
        var c = "";
        while (true) {
          c = charAt(chunk, i++);
          parser.c = c;
          if (!c) {
            break;
          }
          if (parser.trackPosition) {
            parser.position++;
            if (c === "\n") {
              parser.line++;
              parser.column = 0;
            } else {
              parser.column++;
            }
          }
          switch (parser.state) {
            case S.BEGIN:
              parser.state = S.BEGIN_WHITESPACE;
              if (c === "\uFEFF") {
                continue;
              }
              beginWhiteSpace(parser, c);
              continue;
            case S.BEGIN_WHITESPACE:
              beginWhiteSpace(parser, c);
              continue;
            case S.TEXT:
              if (parser.sawRoot && !parser.closedRoot) {
                var starti = i - 1;
                while (c && c !== "<" && c !== "&") {
                  c = charAt(chunk, i++);
                  if (c && parser.trackPosition) {
                    parser.position++;
                    if (c === "\n") {
                      parser.line++;
                      parser.column = 0;
                    } else {
                      parser.column++;
                    }
                  }
                }
                parser.textNode += chunk.substring(starti, i - 1);
              }
              if (c === "<" && !(parser.sawRoot && parser.closedRoot && !parser.strict)) {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else {
                if (!isWhitespace(c) && (!parser.sawRoot || parser.closedRoot)) {
                  strictFail(parser, "Text data outside of root node.");
                }
                if (c === "&") {
                  parser.state = S.TEXT_ENTITY;
                } else {
                  parser.textNode += c;
                }
              }
              continue;
            case S.SCRIPT:
              if (c === "<") {
                parser.state = S.SCRIPT_ENDING;
              } else {
                parser.script += c;
              }
              continue;
            case S.SCRIPT_ENDING:
              if (c === "/") {
                parser.state = S.CLOSE_TAG;
              } else {
                parser.script += "<" + c;
                parser.state = S.SCRIPT;
              }
              continue;
            case S.OPEN_WAKA:
              if (c === "!") {
                parser.state = S.SGML_DECL;
                parser.sgmlDecl = "";
              } else if (isWhitespace(c)) {
              } else if (isMatch(nameStart, c)) {
                parser.state = S.OPEN_TAG;
                parser.tagName = c;
              } else if (c === "/") {
                parser.state = S.CLOSE_TAG;
                parser.tagName = "";
              } else if (c === "?") {
                parser.state = S.PROC_INST;
                parser.procInstName = parser.procInstBody = "";
              } else {
                strictFail(parser, "Unencoded <");
                if (parser.startTagPosition + 1 < parser.position) {
                  var pad = parser.position - parser.startTagPosition;
                  c = new Array(pad).join(" ") + c;
                }
                parser.textNode += "<" + c;
                parser.state = S.TEXT;
              }
              continue;
            case S.SGML_DECL:
              if (parser.sgmlDecl + c === "--") {
                parser.state = S.COMMENT;
                parser.comment = "";
                parser.sgmlDecl = "";
                continue;
              }
              if (parser.doctype && parser.doctype !== true && parser.sgmlDecl) {
                parser.state = S.DOCTYPE_DTD;
                parser.doctype += "<!" + parser.sgmlDecl + c;
                parser.sgmlDecl = "";
              } else if (CDATAre.test(parser.sgmlDecl + c)) {
                emitNode(parser, "onopencdata");
                parser.state = S.CDATA;
                parser.sgmlDecl = "";
                parser.cdata = "";
              } else if (DOCTYPEre.test(parser.sgmlDecl + c)) {
                parser.state = S.DOCTYPE;
                if (parser.doctype || parser.sawRoot) {
                  strictFail(
                    parser,
                    "Inappropriately located doctype declaration"
                  );
                }
                parser.doctype = "";
                parser.sgmlDecl = "";
              } else if (c === ">") {
                emitNode(parser, "onsgmldeclaration", parser.sgmlDecl);
                parser.sgmlDecl = "";
                parser.state = S.TEXT;
              } else if (isQuote(c)) {
                parser.state = S.SGML_DECL_QUOTED;
                parser.sgmlDecl += c;
              } else {
                parser.sgmlDecl += c;
              }
              continue;
            case S.SGML_DECL_QUOTED:
              if (c === parser.q) {
                parser.state = S.SGML_DECL;
                parser.q = "";
              }
              parser.sgmlDecl += c;
              continue;
            case S.DOCTYPE:
              if (c === ">") {
                parser.state = S.TEXT;
                emitNode(parser, "ondoctype", parser.doctype);
                parser.doctype = true;
              } else {
                parser.doctype += c;
                if (c === "[") {
                  parser.state = S.DOCTYPE_DTD;
                } else if (isQuote(c)) {
                  parser.state = S.DOCTYPE_QUOTED;
                  parser.q = c;
                }
              }
              continue;
            case S.DOCTYPE_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.q = "";
                parser.state = S.DOCTYPE;
              }
              continue;
            case S.DOCTYPE_DTD:
              if (c === "]") {
                parser.doctype += c;
                parser.state = S.DOCTYPE;
              } else if (c === "<") {
                parser.state = S.OPEN_WAKA;
                parser.startTagPosition = parser.position;
              } else if (isQuote(c)) {
                parser.doctype += c;
                parser.state = S.DOCTYPE_DTD_QUOTED;
                parser.q = c;
              } else {
                parser.doctype += c;
              }
              continue;
            case S.DOCTYPE_DTD_QUOTED:
              parser.doctype += c;
              if (c === parser.q) {
                parser.state = S.DOCTYPE_DTD;
                parser.q = "";
              }
              continue;
            case S.COMMENT:
              if (c === "-") {
                parser.state = S.COMMENT_ENDING;
              } else {
                parser.comment += c;
              }
              continue;
            case S.COMMENT_ENDING:
              if (c === "-") {
                parser.state = S.COMMENT_ENDED;
                parser.comment = textopts(parser.opt, parser.comment);
                if (parser.comment) {
                  emitNode(parser, "oncomment", parser.comment);
                }
                parser.comment = "";
              } else {
                parser.comment += "-" + c;
                parser.state = S.COMMENT;
              }
              continue;
            case S.COMMENT_ENDED:
              if (c !== ">") {
                strictFail(parser, "Malformed comment");
                parser.comment += "--" + c;
                parser.state = S.COMMENT;
              } else if (parser.doctype && parser.doctype !== true) {
                parser.state = S.DOCTYPE_DTD;
              } else {
                parser.state = S.TEXT;
              }
              continue;
            case S.CDATA:
              var starti = i - 1;
              while (c && c !== "]") {
                c = charAt(chunk, i++);
                if (c && parser.trackPosition) {
                  parser.position++;
                  if (c === "\n") {
                    parser.line++;
                    parser.column = 0;
                  } else {
                    parser.column++;
                  }
                }
              }
              parser.cdata += chunk.substring(starti, i - 1);
              if (c === "]") {
                parser.state = S.CDATA_ENDING;
              }
              continue;
            case S.CDATA_ENDING:
              if (c === "]") {
                parser.state = S.CDATA_ENDING_2;
              } else {
                parser.cdata += "]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.CDATA_ENDING_2:
              if (c === ">") {
                if (parser.cdata) {
                  emitNode(parser, "oncdata", parser.cdata);
                }
                emitNode(parser, "onclosecdata");
                parser.cdata = "";
                parser.state = S.TEXT;
              } else if (c === "]") {
                parser.cdata += "]";
              } else {
                parser.cdata += "]]" + c;
                parser.state = S.CDATA;
              }
              continue;
            case S.PROC_INST:
              if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else if (isWhitespace(c)) {
                parser.state = S.PROC_INST_BODY;
              } else {
                parser.procInstName += c;
              }
              continue;
            case S.PROC_INST_BODY:
              if (!parser.procInstBody && isWhitespace(c)) {
                continue;
              } else if (c === "?") {
                parser.state = S.PROC_INST_ENDING;
              } else {
                parser.procInstBody += c;
              }
              continue;
            case S.PROC_INST_ENDING:
              if (c === ">") {
                const procInstEndData = {
                  name: parser.procInstName,
                  body: parser.procInstBody
                };
                validateXmlDeclarationEncoding(parser, procInstEndData);
                emitNode(parser, "onprocessinginstruction", procInstEndData);
                parser.procInstName = parser.procInstBody = "";
                parser.state = S.TEXT;
              } else {
                parser.procInstBody += "?" + c;
                parser.state = S.PROC_INST_BODY;
              }
              continue;
            case S.OPEN_TAG:
              if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else {
                newTag(parser);
                if (c === ">") {
                  openTag(parser);
                } else if (c === "/") {
                  parser.state = S.OPEN_TAG_SLASH;
                } else {
                  if (!isWhitespace(c)) {
                    strictFail(parser, "Invalid character in tag name");
                  }
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.OPEN_TAG_SLASH:
              if (c === ">") {
                openTag(parser, true);
                closeTag(parser);
              } else {
                strictFail(
                  parser,
                  "Forward-slash in opening tag not followed by >"
                );
                parser.state = S.ATTRIB;
              }
              continue;
            case S.ATTRIB:
              if (isWhitespace(c)) {
                continue;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (c === ">") {
                strictFail(parser, "Attribute without value");
                parser.attribValue = parser.attribName;
                attrib(parser);
                openTag(parser);
              } else if (isWhitespace(c)) {
                parser.state = S.ATTRIB_NAME_SAW_WHITE;
              } else if (isMatch(nameBody, c)) {
                parser.attribName += c;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_NAME_SAW_WHITE:
              if (c === "=") {
                parser.state = S.ATTRIB_VALUE;
              } else if (isWhitespace(c)) {
                continue;
              } else {
                strictFail(parser, "Attribute without value");
                parser.tag.attributes[parser.attribName] = "";
                parser.attribValue = "";
                emitNode(parser, "onattribute", {
                  name: parser.attribName,
                  value: ""
                });
                parser.attribName = "";
                if (c === ">") {
                  openTag(parser);
                } else if (isMatch(nameStart, c)) {
                  parser.attribName = c;
                  parser.state = S.ATTRIB_NAME;
                } else {
                  strictFail(parser, "Invalid attribute name");
                  parser.state = S.ATTRIB;
                }
              }
              continue;
            case S.ATTRIB_VALUE:
              if (isWhitespace(c)) {
                continue;
              } else if (isQuote(c)) {
                parser.q = c;
                parser.state = S.ATTRIB_VALUE_QUOTED;
              } else {
                if (!parser.opt.unquotedAttributeValues) {
                  error(parser, "Unquoted attribute value");
                }
                parser.state = S.ATTRIB_VALUE_UNQUOTED;
                parser.attribValue = c;
              }
              continue;
            case S.ATTRIB_VALUE_QUOTED:
              if (c !== parser.q) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_Q;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              parser.q = "";
              parser.state = S.ATTRIB_VALUE_CLOSED;
              continue;
            case S.ATTRIB_VALUE_CLOSED:
              if (isWhitespace(c)) {
                parser.state = S.ATTRIB;
              } else if (c === ">") {
                openTag(parser);
              } else if (c === "/") {
                parser.state = S.OPEN_TAG_SLASH;
              } else if (isMatch(nameStart, c)) {
                strictFail(parser, "No whitespace between attributes");
                parser.attribName = c;
                parser.attribValue = "";
                parser.state = S.ATTRIB_NAME;
              } else {
                strictFail(parser, "Invalid attribute name");
              }
              continue;
            case S.ATTRIB_VALUE_UNQUOTED:
              if (!isAttribEnd(c)) {
                if (c === "&") {
                  parser.state = S.ATTRIB_VALUE_ENTITY_U;
                } else {
                  parser.attribValue += c;
                }
                continue;
              }
              attrib(parser);
              if (c === ">") {
                openTag(parser);
              } else {
                parser.state = S.ATTRIB;
              }
              continue;
            case S.CLOSE_TAG:
              if (!parser.tagName) {
                if (isWhitespace(c)) {
                  continue;
                } else if (notMatch(nameStart, c)) {
                  if (parser.script) {
                    parser.script += "</" + c;
                    parser.state = S.SCRIPT;
                  } else {
                    strictFail(parser, "Invalid tagname in closing tag.");
                  }
                } else {
                  parser.tagName = c;
                }
              } else if (c === ">") {
                closeTag(parser);
              } else if (isMatch(nameBody, c)) {
                parser.tagName += c;
              } else if (parser.script) {
                parser.script += "</" + parser.tagName + c;
                parser.tagName = "";
                parser.state = S.SCRIPT;
              } else {
                if (!isWhitespace(c)) {
                  strictFail(parser, "Invalid tagname in closing tag");
                }
                parser.state = S.CLOSE_TAG_SAW_WHITE;
              }
              continue;
            case S.CLOSE_TAG_SAW_WHITE:
              if (isWhitespace(c)) {
                continue;
              }
              if (c === ">") {
                closeTag(parser);
              } else {
                strictFail(parser, "Invalid characters in closing tag");
              }
              continue;
            case S.TEXT_ENTITY:
            case S.ATTRIB_VALUE_ENTITY_Q:
            case S.ATTRIB_VALUE_ENTITY_U:
              var returnState;
              var buffer;
              switch (parser.state) {
                case S.TEXT_ENTITY:
                  returnState = S.TEXT;
                  buffer = "textNode";
                  break;
                case S.ATTRIB_VALUE_ENTITY_Q:
                  returnState = S.ATTRIB_VALUE_QUOTED;
                  buffer = "attribValue";
                  break;
                case S.ATTRIB_VALUE_ENTITY_U:
                  returnState = S.ATTRIB_VALUE_UNQUOTED;
                  buffer = "attribValue";
                  break;
              }
              if (c === ";") {
                var parsedEntity = parseEntity(parser);
                if (parser.opt.unparsedEntities && !Object.values(sax.XML_ENTITIES).includes(parsedEntity)) {
                  if ((parser.entityCount += 1) > parser.opt.maxEntityCount) {
                    error(
                      parser,
                      "Parsed entity count exceeds max entity count"
                    );
                  }
                  if ((parser.entityDepth += 1) > parser.opt.maxEntityDepth) {
                    error(
                      parser,
                      "Parsed entity depth exceeds max entity depth"
                    );
                  }
                  parser.entity = "";
                  parser.state = returnState;
                  parser.write(parsedEntity);
                  parser.entityDepth -= 1;
                } else {
                  parser[buffer] += parsedEntity;
                  parser.entity = "";
                  parser.state = returnState;
                }
              } else if (isMatch(parser.entity.length ? entityBody : entityStart, c)) {
                parser.entity += c;
              } else {
                strictFail(parser, "Invalid character in entity name");
                parser[buffer] += "&" + parser.entity + c;
                parser.entity = "";
                parser.state = returnState;
              }
              continue;
            default: {
              throw new Error(parser, "Unknown state: " + parser.state);
            }
          }
        }
        if (parser.position >= parser.bufferCheckPosition) {
          checkBufferLength(parser);
        }
        return parser;
      }
      if (!String.fromCodePoint) {
        ;
        (function() {
          var stringFromCharCode = String.fromCharCode;
          var floor = Math.floor;
          var fromCodePoint = function() {
            var MAX_SIZE = 16384;
            var codeUnits = [];
            var highSurrogate;
            var lowSurrogate;
            var index = -1;
            var length = arguments.length;
            if (!length) {
              return "";
            }
            var result = "";
            while (++index < length) {
              var codePoint = Number(arguments[index]);
              if (!isFinite(codePoint) || // `NaN`, `+Infinity`, or `-Infinity`
              codePoint < 0 || // not a valid Unicode code point
              codePoint > 1114111 || // not a valid Unicode code point
              floor(codePoint) !== codePoint) {
                throw RangeError("Invalid code point: " + codePoint);
              }
              if (codePoint <= 65535) {
                codeUnits.push(codePoint);
              } else {
                codePoint -= 65536;
                highSurrogate = (codePoint >> 10) + 55296;
                lowSurrogate = codePoint % 1024 + 56320;
                codeUnits.push(highSurrogate, lowSurrogate);
              }
              if (index + 1 === length || codeUnits.length > MAX_SIZE) {
                result += stringFromCharCode.apply(null, codeUnits);
                codeUnits.length = 0;
              }
            }
            return result;
          };
          if (Object.defineProperty) {
            Object.defineProperty(String, "fromCodePoint", {
              value: fromCodePoint,
              configurable: true,
              writable: true
            });
          } else {
            String.fromCodePoint = fromCodePoint;
          }
        })();
      }
    })(typeof exports === "undefined" ? exports.sax = {} : exports);
  }
});

// node_modules/xml-js/lib/array-helper.js
var require_array_helper = __commonJS({
  "node_modules/xml-js/lib/array-helper.js"(exports, module) {
    module.exports = {
      isArray: function(value) {
        if (Array.isArray) {
          return Array.isArray(value);
        }
        return Object.prototype.toString.call(value) === "[object Array]";
      }
    };
  }
});

// node_modules/xml-js/lib/options-helper.js
var require_options_helper = __commonJS({
  "node_modules/xml-js/lib/options-helper.js"(exports, module) {
    var isArray = require_array_helper().isArray;
    module.exports = {
      copyOptions: function(options) {
        var key, copy = {};
        for (key in options) {
          if (options.hasOwnProperty(key)) {
            copy[key] = options[key];
          }
        }
        return copy;
      },
      ensureFlagExists: function(item, options) {
        if (!(item in options) || typeof options[item] !== "boolean") {
          options[item] = false;
        }
      },
      ensureSpacesExists: function(options) {
        if (!("spaces" in options) || typeof options.spaces !== "number" && typeof options.spaces !== "string") {
          options.spaces = 0;
        }
      },
      ensureAlwaysArrayExists: function(options) {
        if (!("alwaysArray" in options) || typeof options.alwaysArray !== "boolean" && !isArray(options.alwaysArray)) {
          options.alwaysArray = false;
        }
      },
      ensureKeyExists: function(key, options) {
        if (!(key + "Key" in options) || typeof options[key + "Key"] !== "string") {
          options[key + "Key"] = options.compact ? "_" + key : key;
        }
      },
      checkFnExists: function(key, options) {
        return key + "Fn" in options;
      }
    };
  }
});

// node_modules/xml-js/lib/xml2js.js
var require_xml2js = __commonJS({
  "node_modules/xml-js/lib/xml2js.js"(exports, module) {
    var sax = require_sax();
    var expat = { on: function() {
    }, parse: function() {
    } };
    var helper = require_options_helper();
    var isArray = require_array_helper().isArray;
    var options;
    var pureJsParser = true;
    var currentElement;
    function validateOptions(userOptions) {
      options = helper.copyOptions(userOptions);
      helper.ensureFlagExists("ignoreDeclaration", options);
      helper.ensureFlagExists("ignoreInstruction", options);
      helper.ensureFlagExists("ignoreAttributes", options);
      helper.ensureFlagExists("ignoreText", options);
      helper.ensureFlagExists("ignoreComment", options);
      helper.ensureFlagExists("ignoreCdata", options);
      helper.ensureFlagExists("ignoreDoctype", options);
      helper.ensureFlagExists("compact", options);
      helper.ensureFlagExists("alwaysChildren", options);
      helper.ensureFlagExists("addParent", options);
      helper.ensureFlagExists("trim", options);
      helper.ensureFlagExists("nativeType", options);
      helper.ensureFlagExists("nativeTypeAttributes", options);
      helper.ensureFlagExists("sanitize", options);
      helper.ensureFlagExists("instructionHasAttributes", options);
      helper.ensureFlagExists("captureSpacesBetweenElements", options);
      helper.ensureAlwaysArrayExists(options);
      helper.ensureKeyExists("declaration", options);
      helper.ensureKeyExists("instruction", options);
      helper.ensureKeyExists("attributes", options);
      helper.ensureKeyExists("text", options);
      helper.ensureKeyExists("comment", options);
      helper.ensureKeyExists("cdata", options);
      helper.ensureKeyExists("doctype", options);
      helper.ensureKeyExists("type", options);
      helper.ensureKeyExists("name", options);
      helper.ensureKeyExists("elements", options);
      helper.ensureKeyExists("parent", options);
      helper.checkFnExists("doctype", options);
      helper.checkFnExists("instruction", options);
      helper.checkFnExists("cdata", options);
      helper.checkFnExists("comment", options);
      helper.checkFnExists("text", options);
      helper.checkFnExists("instructionName", options);
      helper.checkFnExists("elementName", options);
      helper.checkFnExists("attributeName", options);
      helper.checkFnExists("attributeValue", options);
      helper.checkFnExists("attributes", options);
      return options;
    }
    function nativeType(value) {
      var nValue = Number(value);
      if (!isNaN(nValue)) {
        return nValue;
      }
      var bValue = value.toLowerCase();
      if (bValue === "true") {
        return true;
      } else if (bValue === "false") {
        return false;
      }
      return value;
    }
    function addField(type, value) {
      var key;
      if (options.compact) {
        if (!currentElement[options[type + "Key"]] && (isArray(options.alwaysArray) ? options.alwaysArray.indexOf(options[type + "Key"]) !== -1 : options.alwaysArray)) {
          currentElement[options[type + "Key"]] = [];
        }
        if (currentElement[options[type + "Key"]] && !isArray(currentElement[options[type + "Key"]])) {
          currentElement[options[type + "Key"]] = [currentElement[options[type + "Key"]]];
        }
        if (type + "Fn" in options && typeof value === "string") {
          value = options[type + "Fn"](value, currentElement);
        }
        if (type === "instruction" && ("instructionFn" in options || "instructionNameFn" in options)) {
          for (key in value) {
            if (value.hasOwnProperty(key)) {
              if ("instructionFn" in options) {
                value[key] = options.instructionFn(value[key], key, currentElement);
              } else {
                var temp = value[key];
                delete value[key];
                value[options.instructionNameFn(key, temp, currentElement)] = temp;
              }
            }
          }
        }
        if (isArray(currentElement[options[type + "Key"]])) {
          currentElement[options[type + "Key"]].push(value);
        } else {
          currentElement[options[type + "Key"]] = value;
        }
      } else {
        if (!currentElement[options.elementsKey]) {
          currentElement[options.elementsKey] = [];
        }
        var element3 = {};
        element3[options.typeKey] = type;
        if (type === "instruction") {
          for (key in value) {
            if (value.hasOwnProperty(key)) {
              break;
            }
          }
          element3[options.nameKey] = "instructionNameFn" in options ? options.instructionNameFn(key, value, currentElement) : key;
          if (options.instructionHasAttributes) {
            element3[options.attributesKey] = value[key][options.attributesKey];
            if ("instructionFn" in options) {
              element3[options.attributesKey] = options.instructionFn(element3[options.attributesKey], key, currentElement);
            }
          } else {
            if ("instructionFn" in options) {
              value[key] = options.instructionFn(value[key], key, currentElement);
            }
            element3[options.instructionKey] = value[key];
          }
        } else {
          if (type + "Fn" in options) {
            value = options[type + "Fn"](value, currentElement);
          }
          element3[options[type + "Key"]] = value;
        }
        if (options.addParent) {
          element3[options.parentKey] = currentElement;
        }
        currentElement[options.elementsKey].push(element3);
      }
    }
    function manipulateAttributes(attributes) {
      if ("attributesFn" in options && attributes) {
        attributes = options.attributesFn(attributes, currentElement);
      }
      if ((options.trim || "attributeValueFn" in options || "attributeNameFn" in options || options.nativeTypeAttributes) && attributes) {
        var key;
        for (key in attributes) {
          if (attributes.hasOwnProperty(key)) {
            if (options.trim) attributes[key] = attributes[key].trim();
            if (options.nativeTypeAttributes) {
              attributes[key] = nativeType(attributes[key]);
            }
            if ("attributeValueFn" in options) attributes[key] = options.attributeValueFn(attributes[key], key, currentElement);
            if ("attributeNameFn" in options) {
              var temp = attributes[key];
              delete attributes[key];
              attributes[options.attributeNameFn(key, attributes[key], currentElement)] = temp;
            }
          }
        }
      }
      return attributes;
    }
    function onInstruction(instruction) {
      var attributes = {};
      if (instruction.body && (instruction.name.toLowerCase() === "xml" || options.instructionHasAttributes)) {
        var attrsRegExp = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\w+))\s*/g;
        var match;
        while ((match = attrsRegExp.exec(instruction.body)) !== null) {
          attributes[match[1]] = match[2] || match[3] || match[4];
        }
        attributes = manipulateAttributes(attributes);
      }
      if (instruction.name.toLowerCase() === "xml") {
        if (options.ignoreDeclaration) {
          return;
        }
        currentElement[options.declarationKey] = {};
        if (Object.keys(attributes).length) {
          currentElement[options.declarationKey][options.attributesKey] = attributes;
        }
        if (options.addParent) {
          currentElement[options.declarationKey][options.parentKey] = currentElement;
        }
      } else {
        if (options.ignoreInstruction) {
          return;
        }
        if (options.trim) {
          instruction.body = instruction.body.trim();
        }
        var value = {};
        if (options.instructionHasAttributes && Object.keys(attributes).length) {
          value[instruction.name] = {};
          value[instruction.name][options.attributesKey] = attributes;
        } else {
          value[instruction.name] = instruction.body;
        }
        addField("instruction", value);
      }
    }
    function onStartElement(name, attributes) {
      var element3;
      if (typeof name === "object") {
        attributes = name.attributes;
        name = name.name;
      }
      attributes = manipulateAttributes(attributes);
      if ("elementNameFn" in options) {
        name = options.elementNameFn(name, currentElement);
      }
      if (options.compact) {
        element3 = {};
        if (!options.ignoreAttributes && attributes && Object.keys(attributes).length) {
          element3[options.attributesKey] = {};
          var key;
          for (key in attributes) {
            if (attributes.hasOwnProperty(key)) {
              element3[options.attributesKey][key] = attributes[key];
            }
          }
        }
        if (!(name in currentElement) && (isArray(options.alwaysArray) ? options.alwaysArray.indexOf(name) !== -1 : options.alwaysArray)) {
          currentElement[name] = [];
        }
        if (currentElement[name] && !isArray(currentElement[name])) {
          currentElement[name] = [currentElement[name]];
        }
        if (isArray(currentElement[name])) {
          currentElement[name].push(element3);
        } else {
          currentElement[name] = element3;
        }
      } else {
        if (!currentElement[options.elementsKey]) {
          currentElement[options.elementsKey] = [];
        }
        element3 = {};
        element3[options.typeKey] = "element";
        element3[options.nameKey] = name;
        if (!options.ignoreAttributes && attributes && Object.keys(attributes).length) {
          element3[options.attributesKey] = attributes;
        }
        if (options.alwaysChildren) {
          element3[options.elementsKey] = [];
        }
        currentElement[options.elementsKey].push(element3);
      }
      element3[options.parentKey] = currentElement;
      currentElement = element3;
    }
    function onText(text2) {
      if (options.ignoreText) {
        return;
      }
      if (!text2.trim() && !options.captureSpacesBetweenElements) {
        return;
      }
      if (options.trim) {
        text2 = text2.trim();
      }
      if (options.nativeType) {
        text2 = nativeType(text2);
      }
      if (options.sanitize) {
        text2 = text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      }
      addField("text", text2);
    }
    function onComment(comment) {
      if (options.ignoreComment) {
        return;
      }
      if (options.trim) {
        comment = comment.trim();
      }
      addField("comment", comment);
    }
    function onEndElement(name) {
      var parentElement = currentElement[options.parentKey];
      if (!options.addParent) {
        delete currentElement[options.parentKey];
      }
      currentElement = parentElement;
    }
    function onCdata(cdata) {
      if (options.ignoreCdata) {
        return;
      }
      if (options.trim) {
        cdata = cdata.trim();
      }
      addField("cdata", cdata);
    }
    function onDoctype(doctype) {
      if (options.ignoreDoctype) {
        return;
      }
      doctype = doctype.replace(/^ /, "");
      if (options.trim) {
        doctype = doctype.trim();
      }
      addField("doctype", doctype);
    }
    function onError(error) {
      error.note = error;
    }
    module.exports = function(xml, userOptions) {
      var parser = pureJsParser ? sax.parser(true, {}) : parser = new expat.Parser("UTF-8");
      var result = {};
      currentElement = result;
      options = validateOptions(userOptions);
      if (pureJsParser) {
        parser.opt = { strictEntities: true };
        parser.onopentag = onStartElement;
        parser.ontext = onText;
        parser.oncomment = onComment;
        parser.onclosetag = onEndElement;
        parser.onerror = onError;
        parser.oncdata = onCdata;
        parser.ondoctype = onDoctype;
        parser.onprocessinginstruction = onInstruction;
      } else {
        parser.on("startElement", onStartElement);
        parser.on("text", onText);
        parser.on("comment", onComment);
        parser.on("endElement", onEndElement);
        parser.on("error", onError);
      }
      if (pureJsParser) {
        parser.write(xml).close();
      } else {
        if (!parser.parse(xml)) {
          throw new Error("XML parsing error: " + parser.getError());
        }
      }
      if (result[options.elementsKey]) {
        var temp = result[options.elementsKey];
        delete result[options.elementsKey];
        result[options.elementsKey] = temp;
        delete result.text;
      }
      return result;
    };
  }
});

// node_modules/xml-js/lib/xml2json.js
var require_xml2json = __commonJS({
  "node_modules/xml-js/lib/xml2json.js"(exports, module) {
    var helper = require_options_helper();
    var xml2js = require_xml2js();
    function validateOptions(userOptions) {
      var options = helper.copyOptions(userOptions);
      helper.ensureSpacesExists(options);
      return options;
    }
    module.exports = function(xml, userOptions) {
      var options, js, json, parentKey;
      options = validateOptions(userOptions);
      js = xml2js(xml, options);
      parentKey = "compact" in options && options.compact ? "_parent" : "parent";
      if ("addParent" in options && options.addParent) {
        json = JSON.stringify(js, function(k, v) {
          return k === parentKey ? "_" : v;
        }, options.spaces);
      } else {
        json = JSON.stringify(js, null, options.spaces);
      }
      return json.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    };
  }
});

// node_modules/xml-js/lib/js2xml.js
var require_js2xml = __commonJS({
  "node_modules/xml-js/lib/js2xml.js"(exports, module) {
    var helper = require_options_helper();
    var isArray = require_array_helper().isArray;
    var currentElement;
    var currentElementName;
    function validateOptions(userOptions) {
      var options = helper.copyOptions(userOptions);
      helper.ensureFlagExists("ignoreDeclaration", options);
      helper.ensureFlagExists("ignoreInstruction", options);
      helper.ensureFlagExists("ignoreAttributes", options);
      helper.ensureFlagExists("ignoreText", options);
      helper.ensureFlagExists("ignoreComment", options);
      helper.ensureFlagExists("ignoreCdata", options);
      helper.ensureFlagExists("ignoreDoctype", options);
      helper.ensureFlagExists("compact", options);
      helper.ensureFlagExists("indentText", options);
      helper.ensureFlagExists("indentCdata", options);
      helper.ensureFlagExists("indentAttributes", options);
      helper.ensureFlagExists("indentInstruction", options);
      helper.ensureFlagExists("fullTagEmptyElement", options);
      helper.ensureFlagExists("noQuotesForNativeAttributes", options);
      helper.ensureSpacesExists(options);
      if (typeof options.spaces === "number") {
        options.spaces = Array(options.spaces + 1).join(" ");
      }
      helper.ensureKeyExists("declaration", options);
      helper.ensureKeyExists("instruction", options);
      helper.ensureKeyExists("attributes", options);
      helper.ensureKeyExists("text", options);
      helper.ensureKeyExists("comment", options);
      helper.ensureKeyExists("cdata", options);
      helper.ensureKeyExists("doctype", options);
      helper.ensureKeyExists("type", options);
      helper.ensureKeyExists("name", options);
      helper.ensureKeyExists("elements", options);
      helper.checkFnExists("doctype", options);
      helper.checkFnExists("instruction", options);
      helper.checkFnExists("cdata", options);
      helper.checkFnExists("comment", options);
      helper.checkFnExists("text", options);
      helper.checkFnExists("instructionName", options);
      helper.checkFnExists("elementName", options);
      helper.checkFnExists("attributeName", options);
      helper.checkFnExists("attributeValue", options);
      helper.checkFnExists("attributes", options);
      helper.checkFnExists("fullTagEmptyElement", options);
      return options;
    }
    function writeIndentation(options, depth, firstLine) {
      return (!firstLine && options.spaces ? "\n" : "") + Array(depth + 1).join(options.spaces);
    }
    function writeAttributes(attributes, options, depth) {
      if (options.ignoreAttributes) {
        return "";
      }
      if ("attributesFn" in options) {
        attributes = options.attributesFn(attributes, currentElementName, currentElement);
      }
      var key, attr, attrName, quote, result = [];
      for (key in attributes) {
        if (attributes.hasOwnProperty(key) && attributes[key] !== null && attributes[key] !== void 0) {
          quote = options.noQuotesForNativeAttributes && typeof attributes[key] !== "string" ? "" : '"';
          attr = "" + attributes[key];
          attr = attr.replace(/"/g, "&quot;");
          attrName = "attributeNameFn" in options ? options.attributeNameFn(key, attr, currentElementName, currentElement) : key;
          result.push(options.spaces && options.indentAttributes ? writeIndentation(options, depth + 1, false) : " ");
          result.push(attrName + "=" + quote + ("attributeValueFn" in options ? options.attributeValueFn(attr, key, currentElementName, currentElement) : attr) + quote);
        }
      }
      if (attributes && Object.keys(attributes).length && options.spaces && options.indentAttributes) {
        result.push(writeIndentation(options, depth, false));
      }
      return result.join("");
    }
    function writeDeclaration(declaration, options, depth) {
      currentElement = declaration;
      currentElementName = "xml";
      return options.ignoreDeclaration ? "" : "<?xml" + writeAttributes(declaration[options.attributesKey], options, depth) + "?>";
    }
    function writeInstruction(instruction, options, depth) {
      if (options.ignoreInstruction) {
        return "";
      }
      var key;
      for (key in instruction) {
        if (instruction.hasOwnProperty(key)) {
          break;
        }
      }
      var instructionName = "instructionNameFn" in options ? options.instructionNameFn(key, instruction[key], currentElementName, currentElement) : key;
      if (typeof instruction[key] === "object") {
        currentElement = instruction;
        currentElementName = instructionName;
        return "<?" + instructionName + writeAttributes(instruction[key][options.attributesKey], options, depth) + "?>";
      } else {
        var instructionValue = instruction[key] ? instruction[key] : "";
        if ("instructionFn" in options) instructionValue = options.instructionFn(instructionValue, key, currentElementName, currentElement);
        return "<?" + instructionName + (instructionValue ? " " + instructionValue : "") + "?>";
      }
    }
    function writeComment(comment, options) {
      return options.ignoreComment ? "" : "<!--" + ("commentFn" in options ? options.commentFn(comment, currentElementName, currentElement) : comment) + "-->";
    }
    function writeCdata(cdata, options) {
      return options.ignoreCdata ? "" : "<![CDATA[" + ("cdataFn" in options ? options.cdataFn(cdata, currentElementName, currentElement) : cdata.replace("]]>", "]]]]><![CDATA[>")) + "]]>";
    }
    function writeDoctype(doctype, options) {
      return options.ignoreDoctype ? "" : "<!DOCTYPE " + ("doctypeFn" in options ? options.doctypeFn(doctype, currentElementName, currentElement) : doctype) + ">";
    }
    function writeText(text2, options) {
      if (options.ignoreText) return "";
      text2 = "" + text2;
      text2 = text2.replace(/&amp;/g, "&");
      text2 = text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      return "textFn" in options ? options.textFn(text2, currentElementName, currentElement) : text2;
    }
    function hasContent(element3, options) {
      var i;
      if (element3.elements && element3.elements.length) {
        for (i = 0; i < element3.elements.length; ++i) {
          switch (element3.elements[i][options.typeKey]) {
            case "text":
              if (options.indentText) {
                return true;
              }
              break;
            // skip to next key
            case "cdata":
              if (options.indentCdata) {
                return true;
              }
              break;
            // skip to next key
            case "instruction":
              if (options.indentInstruction) {
                return true;
              }
              break;
            // skip to next key
            case "doctype":
            case "comment":
            case "element":
              return true;
            default:
              return true;
          }
        }
      }
      return false;
    }
    function writeElement(element3, options, depth) {
      currentElement = element3;
      currentElementName = element3.name;
      var xml = [], elementName = "elementNameFn" in options ? options.elementNameFn(element3.name, element3) : element3.name;
      xml.push("<" + elementName);
      if (element3[options.attributesKey]) {
        xml.push(writeAttributes(element3[options.attributesKey], options, depth));
      }
      var withClosingTag = element3[options.elementsKey] && element3[options.elementsKey].length || element3[options.attributesKey] && element3[options.attributesKey]["xml:space"] === "preserve";
      if (!withClosingTag) {
        if ("fullTagEmptyElementFn" in options) {
          withClosingTag = options.fullTagEmptyElementFn(element3.name, element3);
        } else {
          withClosingTag = options.fullTagEmptyElement;
        }
      }
      if (withClosingTag) {
        xml.push(">");
        if (element3[options.elementsKey] && element3[options.elementsKey].length) {
          xml.push(writeElements(element3[options.elementsKey], options, depth + 1));
          currentElement = element3;
          currentElementName = element3.name;
        }
        xml.push(options.spaces && hasContent(element3, options) ? "\n" + Array(depth + 1).join(options.spaces) : "");
        xml.push("</" + elementName + ">");
      } else {
        xml.push("/>");
      }
      return xml.join("");
    }
    function writeElements(elements, options, depth, firstLine) {
      return elements.reduce(function(xml, element3) {
        var indent = writeIndentation(options, depth, firstLine && !xml);
        switch (element3.type) {
          case "element":
            return xml + indent + writeElement(element3, options, depth);
          case "comment":
            return xml + indent + writeComment(element3[options.commentKey], options);
          case "doctype":
            return xml + indent + writeDoctype(element3[options.doctypeKey], options);
          case "cdata":
            return xml + (options.indentCdata ? indent : "") + writeCdata(element3[options.cdataKey], options);
          case "text":
            return xml + (options.indentText ? indent : "") + writeText(element3[options.textKey], options);
          case "instruction":
            var instruction = {};
            instruction[element3[options.nameKey]] = element3[options.attributesKey] ? element3 : element3[options.instructionKey];
            return xml + (options.indentInstruction ? indent : "") + writeInstruction(instruction, options, depth);
        }
      }, "");
    }
    function hasContentCompact(element3, options, anyContent) {
      var key;
      for (key in element3) {
        if (element3.hasOwnProperty(key)) {
          switch (key) {
            case options.parentKey:
            case options.attributesKey:
              break;
            // skip to next key
            case options.textKey:
              if (options.indentText || anyContent) {
                return true;
              }
              break;
            // skip to next key
            case options.cdataKey:
              if (options.indentCdata || anyContent) {
                return true;
              }
              break;
            // skip to next key
            case options.instructionKey:
              if (options.indentInstruction || anyContent) {
                return true;
              }
              break;
            // skip to next key
            case options.doctypeKey:
            case options.commentKey:
              return true;
            default:
              return true;
          }
        }
      }
      return false;
    }
    function writeElementCompact(element3, name, options, depth, indent) {
      currentElement = element3;
      currentElementName = name;
      var elementName = "elementNameFn" in options ? options.elementNameFn(name, element3) : name;
      if (typeof element3 === "undefined" || element3 === null || element3 === "") {
        return "fullTagEmptyElementFn" in options && options.fullTagEmptyElementFn(name, element3) || options.fullTagEmptyElement ? "<" + elementName + "></" + elementName + ">" : "<" + elementName + "/>";
      }
      var xml = [];
      if (name) {
        xml.push("<" + elementName);
        if (typeof element3 !== "object") {
          xml.push(">" + writeText(element3, options) + "</" + elementName + ">");
          return xml.join("");
        }
        if (element3[options.attributesKey]) {
          xml.push(writeAttributes(element3[options.attributesKey], options, depth));
        }
        var withClosingTag = hasContentCompact(element3, options, true) || element3[options.attributesKey] && element3[options.attributesKey]["xml:space"] === "preserve";
        if (!withClosingTag) {
          if ("fullTagEmptyElementFn" in options) {
            withClosingTag = options.fullTagEmptyElementFn(name, element3);
          } else {
            withClosingTag = options.fullTagEmptyElement;
          }
        }
        if (withClosingTag) {
          xml.push(">");
        } else {
          xml.push("/>");
          return xml.join("");
        }
      }
      xml.push(writeElementsCompact(element3, options, depth + 1, false));
      currentElement = element3;
      currentElementName = name;
      if (name) {
        xml.push((indent ? writeIndentation(options, depth, false) : "") + "</" + elementName + ">");
      }
      return xml.join("");
    }
    function writeElementsCompact(element3, options, depth, firstLine) {
      var i, key, nodes, xml = [];
      for (key in element3) {
        if (element3.hasOwnProperty(key)) {
          nodes = isArray(element3[key]) ? element3[key] : [element3[key]];
          for (i = 0; i < nodes.length; ++i) {
            switch (key) {
              case options.declarationKey:
                xml.push(writeDeclaration(nodes[i], options, depth));
                break;
              case options.instructionKey:
                xml.push((options.indentInstruction ? writeIndentation(options, depth, firstLine) : "") + writeInstruction(nodes[i], options, depth));
                break;
              case options.attributesKey:
              case options.parentKey:
                break;
              // skip
              case options.textKey:
                xml.push((options.indentText ? writeIndentation(options, depth, firstLine) : "") + writeText(nodes[i], options));
                break;
              case options.cdataKey:
                xml.push((options.indentCdata ? writeIndentation(options, depth, firstLine) : "") + writeCdata(nodes[i], options));
                break;
              case options.doctypeKey:
                xml.push(writeIndentation(options, depth, firstLine) + writeDoctype(nodes[i], options));
                break;
              case options.commentKey:
                xml.push(writeIndentation(options, depth, firstLine) + writeComment(nodes[i], options));
                break;
              default:
                xml.push(writeIndentation(options, depth, firstLine) + writeElementCompact(nodes[i], key, options, depth, hasContentCompact(nodes[i], options)));
            }
            firstLine = firstLine && !xml.length;
          }
        }
      }
      return xml.join("");
    }
    module.exports = function(js, options) {
      options = validateOptions(options);
      var xml = [];
      currentElement = js;
      currentElementName = "_root_";
      if (options.compact) {
        xml.push(writeElementsCompact(js, options, 0, true));
      } else {
        if (js[options.declarationKey]) {
          xml.push(writeDeclaration(js[options.declarationKey], options, 0));
        }
        if (js[options.elementsKey] && js[options.elementsKey].length) {
          xml.push(writeElements(js[options.elementsKey], options, 0, !xml.length));
        }
      }
      return xml.join("");
    };
  }
});

// node_modules/xml-js/lib/json2xml.js
var require_json2xml = __commonJS({
  "node_modules/xml-js/lib/json2xml.js"(exports, module) {
    var js2xml3 = require_js2xml();
    module.exports = function(json, options) {
      if (json instanceof Buffer) {
        json = json.toString();
      }
      var js = null;
      if (typeof json === "string") {
        try {
          js = JSON.parse(json);
        } catch (e) {
          throw new Error("The JSON structure is invalid");
        }
      } else {
        js = json;
      }
      return js2xml3(js, options);
    };
  }
});

// node_modules/xml-js/lib/index.js
var require_lib = __commonJS({
  "node_modules/xml-js/lib/index.js"(exports, module) {
    var xml2js = require_xml2js();
    var xml2json = require_xml2json();
    var js2xml3 = require_js2xml();
    var json2xml = require_json2xml();
    module.exports = {
      xml2js,
      xml2json,
      js2xml: js2xml3,
      json2xml
    };
  }
});

// src/cli/status-page.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { resolve } from "node:path";

// src/site/build.ts
import { lstatSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// node_modules/feed/lib/feed.js
var convert$1 = __toESM(require_lib(), 1);
var convert = __toESM(require_lib(), 1);
var generator = "https://github.com/jpmonette/feed";
function escapeAmp(value) {
  return value.replace(/&/g, "&amp;");
}
function sanitize(text2) {
  if (text2 === void 0) return void 0;
  return escapeAmp(text2);
}
function sanitizeUrl(url) {
  if (url === void 0) return void 0;
  const parsed = new URL(url);
  return escapeAmp(parsed.toString());
}
var atom1_default = (ins) => {
  const { options } = ins;
  const base = {
    _declaration: { _attributes: {
      version: "1.0",
      encoding: "utf-8"
    } },
    _instruction: {},
    feed: {
      _attributes: { xmlns: "http://www.w3.org/2005/Atom" },
      id: options.id,
      title: options.title,
      updated: options.updated?.toISOString() ?? (/* @__PURE__ */ new Date()).toISOString(),
      ...options.generator === false ? {} : { generator: sanitize(options.generator ?? generator) }
    }
  };
  if (options.stylesheet) base._instruction = { "xml-stylesheet": { _attributes: {
    href: options.stylesheet,
    type: "text/xsl"
  } } };
  else delete base._instruction;
  if (options.author) base.feed.author = formatAuthor(options.author);
  base.feed.link = [];
  if (options.link) base.feed.link.push({ _attributes: {
    rel: "alternate",
    href: sanitizeUrl(options.link)
  } });
  const atomLink = options.feed ?? options.feedLinks?.atom;
  if (atomLink) base.feed.link.push({ _attributes: {
    rel: "self",
    href: sanitizeUrl(atomLink)
  } });
  if (options.hub) base.feed.link.push({ _attributes: {
    rel: "hub",
    href: sanitizeUrl(options.hub)
  } });
  if (options.description) base.feed.subtitle = options.description;
  if (options.image) base.feed.logo = options.image;
  if (options.favicon) base.feed.icon = options.favicon;
  if (options.copyright) base.feed.rights = options.copyright;
  base.feed.category = [];
  ins.categories.forEach((category) => {
    base.feed.category.push({ _attributes: { term: sanitize(category) } });
  });
  base.feed.contributor = [];
  ins.contributors.forEach((contributor) => {
    base.feed.contributor.push(formatAuthor(contributor));
  });
  base.feed.entry = [];
  ins.items.forEach((item) => {
    const entry = {
      title: {
        _attributes: { type: "html" },
        _cdata: item.title
      },
      id: sanitizeUrl(item.id ?? item.link),
      link: [{ _attributes: { href: sanitizeUrl(item.link) } }],
      updated: item.date.toISOString()
    };
    if (item.description) entry.summary = {
      _attributes: { type: "html" },
      _cdata: item.description
    };
    if (item.content) entry.content = {
      _attributes: { type: "html" },
      _cdata: item.content
    };
    if (Array.isArray(item.author)) {
      entry.author = [];
      item.author.forEach((author) => {
        entry.author.push(formatAuthor(author));
      });
    }
    if (Array.isArray(item.category)) {
      entry.category = [];
      item.category.forEach((category) => {
        entry.category.push(formatCategory$1(category));
      });
    }
    if (item.enclosure) entry.link.push(formatEnclosure$1(item.enclosure));
    if (item.image) entry.link.push(formatEnclosure$1(item.image, "image"));
    if (item.audio) entry.link.push(formatEnclosure$1(item.audio, "audio"));
    if (item.video) entry.link.push(formatEnclosure$1(item.video, "video"));
    if (item.contributor && Array.isArray(item.contributor)) {
      entry.contributor = [];
      item.contributor.forEach((contributor) => {
        entry.contributor.push(formatAuthor(contributor));
      });
    }
    if (item.published) entry.published = item.published.toISOString();
    if (item.copyright) entry.rights = item.copyright;
    base.feed.entry.push(entry);
  });
  return convert$1.js2xml(base, {
    compact: true,
    ignoreComment: true,
    spaces: 4
  });
};
var formatAuthor = (author) => {
  const { name, email, link: link2 } = author;
  const out = { name };
  if (email) out.email = email;
  if (link2) out.uri = sanitizeUrl(link2);
  return out;
};
var formatEnclosure$1 = (enclosure, mimeCategory = "image") => {
  if (typeof enclosure === "string") {
    const sanitizedUrl$1 = sanitizeUrl(enclosure);
    const type$1 = new URL(sanitizedUrl$1).pathname.split(".").slice(-1)[0];
    return { _attributes: {
      rel: "enclosure",
      href: sanitizedUrl$1,
      type: `${mimeCategory}/${type$1}`
    } };
  }
  const sanitizedUrl = sanitizeUrl(enclosure.url);
  const type = new URL(sanitizedUrl).pathname.split(".").slice(-1)[0];
  return { _attributes: {
    rel: "enclosure",
    href: sanitizedUrl,
    title: enclosure.title,
    type: `${mimeCategory}/${type}`,
    length: enclosure.length
  } };
};
var formatCategory$1 = (category) => {
  const { name, scheme, term } = category;
  return { _attributes: {
    label: sanitize(name),
    scheme: sanitizeUrl(scheme),
    term: sanitize(term)
  } };
};
var json_default = (ins) => {
  const { options, items, extensions } = ins;
  const feed = {
    version: "https://jsonfeed.org/version/1",
    title: options.title
  };
  if (options.link) feed.home_page_url = options.link;
  if (options.feedLinks?.json) feed.feed_url = options.feedLinks.json;
  if (options.description) feed.description = options.description;
  if (options.image) feed.icon = options.image;
  if (options.author) {
    feed.author = {};
    if (options.author.name) feed.author.name = options.author.name;
    if (options.author.link) feed.author.url = options.author.link;
    if (options.author.avatar) feed.author.avatar = options.author.avatar;
  }
  extensions.forEach((e) => {
    feed[e.name] = e.objects;
  });
  feed.items = items.map((item) => {
    const feedItem = {
      id: item.id,
      content_html: item.content ?? item.description
    };
    if (item.link) feedItem.url = item.link;
    if (item.title) feedItem.title = item.title;
    if (item.description && item.content) feedItem.summary = item.description;
    if (item.image) feedItem.image = typeof item.image === "string" ? item.image : item.image.url;
    if (item.date) feedItem.date_modified = item.date.toISOString();
    if (item.published) feedItem.date_published = item.published.toISOString();
    if (item.author) {
      const author = Array.isArray(item.author) ? item.author[0] : item.author;
      feedItem.author = {};
      if (author.name) feedItem.author.name = author.name;
      if (author.link) feedItem.author.url = author.link;
      if (author.avatar) feedItem.author.avatar = author.avatar;
    }
    if (Array.isArray(item.category)) {
      feedItem.tags = [];
      item.category.forEach((category) => {
        if (category.name) feedItem.tags.push(category.name);
      });
    }
    if (item.extensions) item.extensions.forEach((e) => {
      feedItem[e.name] = e.objects;
    });
    return feedItem;
  });
  return JSON.stringify(feed, null, 4);
};
var rss2_default = (ins) => {
  const { options, extensions } = ins;
  let needsAtomNamespace = false;
  let needsContentNamespace = false;
  const base = {
    _declaration: { _attributes: {
      version: "1.0",
      encoding: "utf-8"
    } },
    _instruction: {},
    rss: {
      _attributes: { version: "2.0" },
      channel: {
        title: { _text: options.title },
        link: { _text: sanitizeUrl(options.link) },
        description: { _text: options.description ?? "" },
        lastBuildDate: { _text: options.updated ? options.updated.toUTCString() : (/* @__PURE__ */ new Date()).toUTCString() },
        docs: { _text: options.docs ?? "https://validator.w3.org/feed/docs/rss2.html" },
        ...options.generator === false ? {} : { generator: { _text: options.generator ?? generator } }
      }
    }
  };
  if (options.stylesheet) base._instruction = { "xml-stylesheet": { _attributes: {
    href: options.stylesheet,
    type: "text/xsl"
  } } };
  else delete base._instruction;
  if (options.language) base.rss.channel.language = { _text: options.language };
  if (options.ttl) base.rss.channel.ttl = { _text: options.ttl };
  if (options.image) base.rss.channel.image = {
    title: { _text: options.title },
    url: { _text: options.image },
    link: { _text: sanitizeUrl(options.link) }
  };
  if (options.copyright) base.rss.channel.copyright = { _text: options.copyright };
  ins.categories.forEach((category) => {
    if (!base.rss.channel.category) base.rss.channel.category = [];
    base.rss.channel.category.push({ _text: category });
  });
  const atomLink = options.feed ?? options.feedLinks?.rss;
  if (atomLink) {
    needsAtomNamespace = true;
    if (!base.rss.channel["atom:link"]) base.rss.channel["atom:link"] = [];
    base.rss.channel["atom:link"].push({ _attributes: {
      href: sanitizeUrl(atomLink),
      rel: "self",
      type: "application/rss+xml"
    } });
  }
  if (options.hub) {
    needsAtomNamespace = true;
    if (!base.rss.channel["atom:link"]) base.rss.channel["atom:link"] = [];
    base.rss.channel["atom:link"].push({ _attributes: {
      href: sanitizeUrl(options.hub),
      rel: "hub"
    } });
  }
  base.rss.channel.item = [];
  ins.items.forEach((entry) => {
    const item = {};
    if (entry.title) item.title = { _cdata: entry.title };
    if (entry.link) item.link = { _text: sanitizeUrl(entry.link) };
    if (entry.guid) item.guid = {
      _text: entry.guid,
      _attributes: { isPermaLink: false }
    };
    else if (entry.id) item.guid = {
      _text: entry.id,
      _attributes: { isPermaLink: false }
    };
    else if (entry.link) item.guid = {
      _text: sanitizeUrl(entry.link),
      _attributes: { isPermaLink: true }
    };
    if (entry.date) item.pubDate = { _text: entry.date.toUTCString() };
    if (entry.published) item.pubDate = { _text: entry.published.toUTCString() };
    if (entry.description) item.description = { _cdata: entry.description };
    if (entry.content) {
      needsContentNamespace = true;
      item["content:encoded"] = { _cdata: entry.content };
    }
    if (Array.isArray(entry.author)) {
      item.author = [];
      entry.author.forEach((author) => {
        if (author.email && author.name) item.author.push({ _text: `${author.email} (${author.name})` });
        else if (author.name) item.author.push({ _text: author.name });
      });
    }
    if (Array.isArray(entry.category)) {
      item.category = [];
      entry.category.forEach((category) => {
        item.category.push(formatCategory(category));
      });
    }
    if (entry.enclosure) item.enclosure = formatEnclosure(entry.enclosure);
    if (entry.image) item.enclosure = formatEnclosure(entry.image, "image");
    if (entry.audio) {
      const duration = options.podcast && typeof entry.audio !== "string" && entry.audio.duration ? entry.audio.duration : void 0;
      if (duration) entry.audio.duration = void 0;
      item.enclosure = formatEnclosure(entry.audio, "audio");
      if (duration) item["itunes:duration"] = formatDuration(duration);
    }
    if (entry.video) item.enclosure = formatEnclosure(entry.video, "video");
    if (entry.extensions) entry.extensions.forEach((extension) => {
      item[extension.name] = extension.objects;
    });
    base.rss.channel.item.push(item);
  });
  if (needsContentNamespace) {
    base.rss._attributes["xmlns:dc"] = "http://purl.org/dc/elements/1.1/";
    base.rss._attributes["xmlns:content"] = "http://purl.org/rss/1.0/modules/content/";
  }
  if (extensions) extensions.forEach((e) => {
    base.rss.channel[e.name] = e.objects;
  });
  if (needsAtomNamespace) base.rss._attributes["xmlns:atom"] = "http://www.w3.org/2005/Atom";
  if (options.podcast) {
    base.rss._attributes["xmlns:googleplay"] = "http://www.google.com/schemas/play-podcasts/1.0";
    base.rss._attributes["xmlns:itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    if (options.category) {
      base.rss.channel["googleplay:category"] = options.category;
      base.rss.channel["itunes:category"] = options.category;
    }
    if (options.author?.email) {
      base.rss.channel["googleplay:owner"] = options.author.email;
      base.rss.channel["itunes:owner"] = { "itunes:email": options.author.email };
    }
    if (options.author?.name) {
      base.rss.channel["googleplay:author"] = options.author.name;
      base.rss.channel["itunes:author"] = options.author.name;
    }
    if (options.image) base.rss.channel["googleplay:image"] = { _attributes: { href: sanitizeUrl(options.image) } };
  }
  return convert.js2xml(base, {
    compact: true,
    ignoreComment: true,
    spaces: 4
  });
};
var formatEnclosure = (enclosure, mimeCategory = "image") => {
  if (typeof enclosure === "string") {
    const sanitizedUrl$1 = sanitizeUrl(enclosure);
    const type$1 = new URL(sanitizedUrl$1).pathname.split(".").slice(-1)[0];
    return { _attributes: {
      url: sanitizedUrl$1,
      length: 0,
      type: `${mimeCategory}/${type$1}`
    } };
  }
  const sanitizedUrl = sanitizeUrl(enclosure.url);
  const type = new URL(sanitizedUrl).pathname.split(".").slice(-1)[0];
  return { _attributes: {
    length: 0,
    type: `${mimeCategory}/${type}`,
    ...enclosure,
    url: sanitizedUrl
  } };
};
var formatCategory = (category) => {
  const { name, domain } = category;
  return {
    _text: name,
    _attributes: { domain }
  };
};
var formatDuration = (duration) => {
  const seconds = duration % 60;
  const totalMinutes = Math.floor(duration / 60);
  const minutes = totalMinutes % 60;
  const hours = Math.floor(totalMinutes / 60);
  const notHours = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${notHours}` : notHours;
};
var Feed = class {
  items = [];
  categories = [];
  contributors = [];
  extensions = [];
  constructor(options) {
    this.options = options;
  }
  addItem(item) {
    this.items.push(item);
  }
  addCategory(category) {
    this.categories.push(category);
  }
  addContributor(contributor) {
    this.contributors.push(contributor);
  }
  addExtension(extension) {
    this.extensions.push(extension);
  }
  atom1() {
    return atom1_default(this);
  }
  rss2() {
    return rss2_default(this);
  }
  json1() {
    return json_default(this);
  }
};

// src/site/public.ts
function publicFields(record) {
  const raw2 = record.public;
  if (!raw2 || typeof raw2 !== "object") return { title: null, components: null };
  const { title, components } = raw2;
  return {
    title: typeof title === "string" && title.trim() ? title.trim() : null,
    components: Array.isArray(components) ? components.filter((c) => typeof c === "string" && c.trim() !== "") : null
  };
}
function isPublished(incident) {
  return incident.log.some((entry) => entry.kind === "public");
}
function publicState(status) {
  switch (status) {
    case "triage":
    case "investigating":
      return "investigating";
    case "fixing":
      return "identified";
    case "monitoring":
      return "monitoring";
    case "resolved":
    case "closed":
    case "declined":
      return "resolved";
  }
}
function impactOf(severity, config) {
  const rank = config.severities.findIndex((s2) => s2.name === severity);
  if (rank === 0 || rank === -1) return "critical";
  return rank === 1 ? "major" : "minor";
}
var COMPONENT_STATUS = {
  critical: "major_outage",
  major: "partial_outage",
  minor: "degraded_performance"
};
function componentStatusOf(impact) {
  return impact ? COMPONENT_STATUS[impact] : "operational";
}
var IMPACT_ORDER = ["minor", "major", "critical"];
function worstImpact(impacts) {
  let worst = null;
  for (const impact of impacts) {
    if (worst === null || IMPACT_ORDER.indexOf(impact) > IMPACT_ORDER.indexOf(worst)) worst = impact;
  }
  return worst;
}
function neutralTitle(components) {
  return components.length ? `Incident affecting ${components.join(", ")}` : "Service incident";
}
function publicProjection(config, now) {
  const listed = config.statusPage.components.length ? new Set(config.statusPage.components) : null;
  return (incident) => isPublished(incident) ? project(incident, config, listed, now) : void 0;
}
function sortPublicIncidents(incidents) {
  const started = new Map(incidents.map((incident) => [incident, toMillis(incident.startedAt)]));
  return incidents.sort((a, b) => started.get(b) - started.get(a) || ID_ORDER.compare(b.id, a.id));
}
var ID_ORDER = new Intl.Collator("en", { numeric: true });
function project({ record, log }, config, listed, now) {
  const fields = publicFields(record);
  const named = fields.components ?? (Array.isArray(record.services) ? record.services : []);
  const components = [...new Set(named.filter((c) => typeof c === "string" && (listed === null || listed.has(c))))];
  const updates = publicHistory(log);
  const state = publicState(record.status);
  const active = isActive(record.status);
  const startedAt = record.started_at ?? record.declared_at;
  const resolvedAt = active ? null : record.resolved_at ?? record.closed_at ?? updates[0]?.at ?? formatTimestamp(now);
  const impactEnd = record.mitigated_at ?? resolvedAt;
  if (updates[0] && updates[0].state !== state) updates.unshift({ at: latest(updates[0].at, resolvedAt ?? record.mitigated_at), state, message: null });
  const publishedAt = updates.at(-1)?.at ?? record.declared_at;
  return {
    id: `INC-${record.issue}`,
    title: fields.title ?? neutralTitle(components),
    impact: impactOf(record.severity, config),
    components,
    state,
    active,
    publishedAt,
    updatedAt: updates[0]?.at ?? publishedAt,
    startedAt,
    monitoringAt: record.mitigated_at ?? null,
    resolvedAt,
    impactEnd: impactEnd ?? null,
    updates
  };
}
function latest(a, b) {
  return b && toMillis(b) > toMillis(a) ? b : a;
}
function publicHistory(log) {
  const history = [];
  let status;
  for (const entry of log) {
    if (entry.kind === "declared") status = entry.status;
    if (isStatusChange(entry)) {
      const before = status;
      status = entry.to;
      const published = history.length > 0;
      if (published && (before === void 0 || publicState(before) !== publicState(entry.to))) {
        history.push({ at: entry.at, state: publicState(entry.to), message: null });
      }
    }
    if (entry.kind === "public") {
      history.push({ at: entry.at, state: publicState(status ?? "investigating"), message: entry.message });
    }
  }
  return history.reverse();
}

// src/site/availability.ts
var DAY = 24 * 60 * 60 * 1e3;
var DOWNTIME_WEIGHT = { critical: 1, major: 0.3, minor: 0 };
function impactWindows(incidents, component, now) {
  return incidents.filter((i) => i.components.includes(component)).map((i) => ({ start: toMillis(i.startedAt), end: i.impactEnd ? toMillis(i.impactEnd) : now, impact: i.impact })).filter((w) => w.end > w.start);
}
function availability(windows, history, now) {
  const dayCount = Math.max(1, Math.ceil(history / DAY));
  const today = Math.floor(now / DAY) * DAY;
  const days = [];
  let totalSpan = 0;
  let totalDown = 0;
  for (let i = dayCount - 1; i >= 0; i--) {
    const start = today - i * DAY;
    const end = Math.min(start + DAY, now);
    const within = windows.filter((w) => w.start < end && w.end > start);
    const down = weightedDowntime(within, start, end);
    const span = end - start;
    totalSpan += span;
    totalDown += down;
    days.push({
      date: new Date(start).toISOString().slice(0, 10),
      availability: span > 0 ? 1 - down / span : 1,
      worst: worstImpact(within.map((w) => w.impact))
    });
  }
  return { days, availability: totalSpan > 0 ? 1 - totalDown / totalSpan : 1 };
}
function weightedDowntime(windows, start, end) {
  if (!windows.length) return 0;
  const edges = [.../* @__PURE__ */ new Set([start, end, ...windows.flatMap((w) => [w.start, w.end])])].filter((t) => t >= start && t <= end).sort((a, b) => a - b);
  let down = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i];
    const to = edges[i + 1];
    let weight = 0;
    for (const w of windows) if (w.start <= from && w.end >= to) weight = Math.max(weight, DOWNTIME_WEIGHT[w.impact]);
    down += weight * (to - from);
  }
  return down;
}
function formatPercent(value) {
  const floored = Math.floor(value * 1e4) / 100;
  return `${floored.toFixed(2)}%`;
}

// node_modules/micromark-util-sanitize-uri/index.js
function normalizeUri(value) {
  const result = [];
  let index = -1;
  let start = 0;
  let skip = 0;
  while (++index < value.length) {
    const code2 = value.charCodeAt(index);
    let replace = "";
    if (code2 === 37 && asciiAlphanumeric(value.charCodeAt(index + 1)) && asciiAlphanumeric(value.charCodeAt(index + 2))) {
      skip = 2;
    } else if (code2 < 128) {
      if (!/[!#$&-;=?-Z_a-z~]/.test(String.fromCharCode(code2))) {
        replace = String.fromCharCode(code2);
      }
    } else if (code2 > 55295 && code2 < 57344) {
      const next = value.charCodeAt(index + 1);
      if (code2 < 56320 && next > 56319 && next < 57344) {
        replace = String.fromCharCode(code2, next);
        skip = 1;
      } else {
        replace = "\uFFFD";
      }
    } else {
      replace = String.fromCharCode(code2);
    }
    if (replace) {
      result.push(value.slice(start, index), encodeURIComponent(replace));
      start = index + skip + 1;
      replace = "";
    }
    if (skip) {
      index += skip;
      skip = 0;
    }
  }
  return result.join("") + value.slice(start);
}

// node_modules/mdast-util-to-hast/lib/handlers/blockquote.js
function blockquote(state, node) {
  const result = {
    type: "element",
    tagName: "blockquote",
    properties: {},
    children: state.wrap(state.all(node), true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/break.js
function hardBreak(state, node) {
  const result = { type: "element", tagName: "br", properties: {}, children: [] };
  state.patch(node, result);
  return [state.applyData(node, result), { type: "text", value: "\n" }];
}

// node_modules/mdast-util-to-hast/lib/handlers/code.js
function code(state, node) {
  const value = node.value ? node.value + "\n" : "";
  const properties = {};
  const language = node.lang ? node.lang.split(/\s+/) : [];
  if (language.length > 0) {
    properties.className = ["language-" + language[0]];
  }
  let result = {
    type: "element",
    tagName: "code",
    properties,
    children: [{ type: "text", value }]
  };
  if (node.meta) {
    result.data = { meta: node.meta };
  }
  state.patch(node, result);
  result = state.applyData(node, result);
  result = { type: "element", tagName: "pre", properties: {}, children: [result] };
  state.patch(node, result);
  return result;
}

// node_modules/mdast-util-to-hast/lib/handlers/delete.js
function strikethrough(state, node) {
  const result = {
    type: "element",
    tagName: "del",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/emphasis.js
function emphasis(state, node) {
  const result = {
    type: "element",
    tagName: "em",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/footnote-reference.js
function footnoteReference(state, node) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const id = String(node.identifier).toUpperCase();
  const safeId = normalizeUri(id.toLowerCase());
  const index = state.footnoteOrder.indexOf(id);
  let counter;
  let reuseCounter = state.footnoteCounts.get(id);
  if (reuseCounter === void 0) {
    reuseCounter = 0;
    state.footnoteOrder.push(id);
    counter = state.footnoteOrder.length;
  } else {
    counter = index + 1;
  }
  reuseCounter += 1;
  state.footnoteCounts.set(id, reuseCounter);
  const link2 = {
    type: "element",
    tagName: "a",
    properties: {
      href: "#" + clobberPrefix + "fn-" + safeId,
      id: clobberPrefix + "fnref-" + safeId + (reuseCounter > 1 ? "-" + reuseCounter : ""),
      dataFootnoteRef: true,
      ariaDescribedBy: ["footnote-label"]
    },
    children: [{ type: "text", value: String(counter) }]
  };
  state.patch(node, link2);
  const sup = {
    type: "element",
    tagName: "sup",
    properties: {},
    children: [link2]
  };
  state.patch(node, sup);
  return state.applyData(node, sup);
}

// node_modules/mdast-util-to-hast/lib/handlers/heading.js
function heading(state, node) {
  const result = {
    type: "element",
    tagName: "h" + node.depth,
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/html.js
function html(state, node) {
  if (state.options.allowDangerousHtml) {
    const result = { type: "raw", value: node.value };
    state.patch(node, result);
    return state.applyData(node, result);
  }
  return void 0;
}

// node_modules/mdast-util-to-hast/lib/revert.js
function revert(state, node) {
  const subtype = node.referenceType;
  let suffix = "]";
  if (subtype === "collapsed") {
    suffix += "[]";
  } else if (subtype === "full") {
    suffix += "[" + (node.label || node.identifier) + "]";
  }
  if (node.type === "imageReference") {
    return [{ type: "text", value: "![" + node.alt + suffix }];
  }
  const contents = state.all(node);
  const head = contents[0];
  if (head && head.type === "text") {
    head.value = "[" + head.value;
  } else {
    contents.unshift({ type: "text", value: "[" });
  }
  const tail = contents[contents.length - 1];
  if (tail && tail.type === "text") {
    tail.value += suffix;
  } else {
    contents.push({ type: "text", value: suffix });
  }
  return contents;
}

// node_modules/mdast-util-to-hast/lib/handlers/image-reference.js
function imageReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { src: normalizeUri(definition.url || "") };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/image.js
function image(state, node) {
  const properties = { src: normalizeUri(node.url) };
  if (node.alt !== null && node.alt !== void 0) {
    properties.alt = node.alt;
  }
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = { type: "element", tagName: "img", properties, children: [] };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/inline-code.js
function inlineCode(state, node) {
  const text2 = { type: "text", value: node.value.replace(/\r?\n|\r/g, " ") };
  state.patch(node, text2);
  const result = {
    type: "element",
    tagName: "code",
    properties: {},
    children: [text2]
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link-reference.js
function linkReference(state, node) {
  const id = String(node.identifier).toUpperCase();
  const definition = state.definitionById.get(id);
  if (!definition) {
    return revert(state, node);
  }
  const properties = { href: normalizeUri(definition.url || "") };
  if (definition.title !== null && definition.title !== void 0) {
    properties.title = definition.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/link.js
function link(state, node) {
  const properties = { href: normalizeUri(node.url) };
  if (node.title !== null && node.title !== void 0) {
    properties.title = node.title;
  }
  const result = {
    type: "element",
    tagName: "a",
    properties,
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/list-item.js
function listItem(state, node, parent) {
  const results = state.all(node);
  const loose = parent ? listLoose(parent) : listItemLoose(node);
  const properties = {};
  const children = [];
  if (typeof node.checked === "boolean") {
    const head = results[0];
    let paragraph2;
    if (head && head.type === "element" && head.tagName === "p") {
      paragraph2 = head;
    } else {
      paragraph2 = { type: "element", tagName: "p", properties: {}, children: [] };
      results.unshift(paragraph2);
    }
    if (paragraph2.children.length > 0) {
      paragraph2.children.unshift({ type: "text", value: " " });
    }
    paragraph2.children.unshift({
      type: "element",
      tagName: "input",
      properties: { type: "checkbox", checked: node.checked, disabled: true },
      children: []
    });
    properties.className = ["task-list-item"];
  }
  let index = -1;
  while (++index < results.length) {
    const child = results[index];
    if (loose || index !== 0 || child.type !== "element" || child.tagName !== "p") {
      children.push({ type: "text", value: "\n" });
    }
    if (child.type === "element" && child.tagName === "p" && !loose) {
      children.push(...child.children);
    } else {
      children.push(child);
    }
  }
  const tail = results[results.length - 1];
  if (tail && (loose || tail.type !== "element" || tail.tagName !== "p")) {
    children.push({ type: "text", value: "\n" });
  }
  const result = { type: "element", tagName: "li", properties, children };
  state.patch(node, result);
  return state.applyData(node, result);
}
function listLoose(node) {
  let loose = false;
  if (node.type === "list") {
    loose = node.spread || false;
    const { children } = node;
    let index = -1;
    while (!loose && ++index < children.length) {
      loose = listItemLoose(children[index]);
    }
  }
  return loose;
}
function listItemLoose(node) {
  const { spread } = node;
  return spread === null || spread === void 0 ? node.children.length > 1 : spread;
}

// node_modules/mdast-util-to-hast/lib/handlers/list.js
function list(state, node) {
  const properties = {};
  const results = state.all(node);
  let index = -1;
  if (typeof node.start === "number" && node.start !== 1) {
    properties.start = node.start;
  }
  while (++index < results.length) {
    const child = results[index];
    if (child.type === "element" && child.tagName === "li" && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes("task-list-item")) {
      properties.className = ["contains-task-list"];
      break;
    }
  }
  const result = {
    type: "element",
    tagName: node.ordered ? "ol" : "ul",
    properties,
    children: state.wrap(results, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/paragraph.js
function paragraph(state, node) {
  const result = {
    type: "element",
    tagName: "p",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/root.js
function root(state, node) {
  const result = { type: "root", children: state.wrap(state.all(node)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/strong.js
function strong(state, node) {
  const result = {
    type: "element",
    tagName: "strong",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}
function position(node) {
  const start = pointStart(node);
  const end = pointEnd(node);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/mdast-util-to-hast/lib/handlers/table.js
function table(state, node) {
  const rows = state.all(node);
  const firstRow = rows.shift();
  const tableContent = [];
  if (firstRow) {
    const head = {
      type: "element",
      tagName: "thead",
      properties: {},
      children: state.wrap([firstRow], true)
    };
    state.patch(node.children[0], head);
    tableContent.push(head);
  }
  if (rows.length > 0) {
    const body = {
      type: "element",
      tagName: "tbody",
      properties: {},
      children: state.wrap(rows, true)
    };
    const start = pointStart(node.children[1]);
    const end = pointEnd(node.children[node.children.length - 1]);
    if (start && end) body.position = { start, end };
    tableContent.push(body);
  }
  const result = {
    type: "element",
    tagName: "table",
    properties: {},
    children: state.wrap(tableContent, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-row.js
function tableRow(state, node, parent) {
  const siblings = parent ? parent.children : void 0;
  const rowIndex = siblings ? siblings.indexOf(node) : 1;
  const tagName = rowIndex === 0 ? "th" : "td";
  const align = parent && parent.type === "table" ? parent.align : void 0;
  const length = align ? align.length : node.children.length;
  let cellIndex = -1;
  const cells = [];
  while (++cellIndex < length) {
    const cell = node.children[cellIndex];
    const properties = {};
    const alignValue = align ? align[cellIndex] : void 0;
    if (alignValue) {
      properties.align = alignValue;
    }
    let result2 = { type: "element", tagName, properties, children: [] };
    if (cell) {
      result2.children = state.all(cell);
      state.patch(cell, result2);
      result2 = state.applyData(cell, result2);
    }
    cells.push(result2);
  }
  const result = {
    type: "element",
    tagName: "tr",
    properties: {},
    children: state.wrap(cells, true)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/table-cell.js
function tableCell(state, node) {
  const result = {
    type: "element",
    tagName: "td",
    // Assume body cell.
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/trim-lines/index.js
var tab = 9;
var space = 32;
function trimLines(value) {
  const source = String(value);
  const search = /\r?\n|\r/g;
  let match = search.exec(source);
  let last = 0;
  const lines = [];
  while (match) {
    lines.push(
      trimLine(source.slice(last, match.index), last > 0, true),
      match[0]
    );
    last = match.index + match[0].length;
    match = search.exec(source);
  }
  lines.push(trimLine(source.slice(last), last > 0, false));
  return lines.join("");
}
function trimLine(value, start, end) {
  let startIndex = 0;
  let endIndex = value.length;
  if (start) {
    let code2 = value.codePointAt(startIndex);
    while (code2 === tab || code2 === space) {
      startIndex++;
      code2 = value.codePointAt(startIndex);
    }
  }
  if (end) {
    let code2 = value.codePointAt(endIndex - 1);
    while (code2 === tab || code2 === space) {
      endIndex--;
      code2 = value.codePointAt(endIndex - 1);
    }
  }
  return endIndex > startIndex ? value.slice(startIndex, endIndex) : "";
}

// node_modules/mdast-util-to-hast/lib/handlers/text.js
function text(state, node) {
  const result = { type: "text", value: trimLines(String(node.value)) };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/thematic-break.js
function thematicBreak(state, node) {
  const result = {
    type: "element",
    tagName: "hr",
    properties: {},
    children: []
  };
  state.patch(node, result);
  return state.applyData(node, result);
}

// node_modules/mdast-util-to-hast/lib/handlers/index.js
var handlers = {
  blockquote,
  break: hardBreak,
  code,
  delete: strikethrough,
  emphasis,
  footnoteReference,
  heading,
  html,
  imageReference,
  image,
  inlineCode,
  linkReference,
  link,
  listItem,
  list,
  paragraph,
  // @ts-expect-error: root is different, but hard to type.
  root,
  strong,
  table,
  tableCell,
  tableRow,
  text,
  thematicBreak,
  toml: ignore,
  yaml: ignore,
  definition: ignore,
  footnoteDefinition: ignore
};
function ignore() {
  return void 0;
}

// node_modules/@ungap/structured-clone/esm/types.js
var VOID = -1;
var PRIMITIVE = 0;
var ARRAY = 1;
var OBJECT = 2;
var DATE = 3;
var REGEXP = 4;
var MAP = 5;
var SET = 6;
var ERROR = 7;
var BIGINT = 8;

// node_modules/@ungap/structured-clone/esm/deserialize.js
var { defineProperty } = Object;
var env = typeof self === "object" ? self : globalThis;
var guard = (name, init) => {
  switch (name) {
    case "Function":
    case "SharedWorker":
    case "Worker":
    case "eval":
    case "setInterval":
    case "setTimeout":
      throw new TypeError("unable to deserialize " + name);
  }
  return new env[name](init);
};
var deserializer = ($, _) => {
  const as = (out, index) => {
    $.set(index, out);
    return out;
  };
  const unpair = (index) => {
    if ($.has(index))
      return $.get(index);
    const [type, value] = _[index];
    switch (type) {
      case PRIMITIVE:
      case VOID:
        return as(value, index);
      case ARRAY: {
        const arr = as([], index);
        for (const index2 of value)
          arr.push(unpair(index2));
        return arr;
      }
      case OBJECT: {
        const object = as({}, index);
        for (const [key, index2] of value) {
          const k = unpair(key), value2 = unpair(index2);
          if (k === "__proto__") defineProperty(object, k, {
            value: value2,
            configurable: true,
            enumerable: true,
            writable: true
          });
          else object[k] = value2;
        }
        return object;
      }
      case DATE:
        return as(new Date(value), index);
      case REGEXP: {
        const { source, flags } = value;
        return as(new RegExp(source, flags), index);
      }
      case MAP: {
        const map = as(/* @__PURE__ */ new Map(), index);
        for (const [key, index2] of value)
          map.set(unpair(key), unpair(index2));
        return map;
      }
      case SET: {
        const set = as(/* @__PURE__ */ new Set(), index);
        for (const index2 of value)
          set.add(unpair(index2));
        return set;
      }
      case ERROR: {
        const { name, message } = value;
        return as(
          typeof env[name] === "function" ? guard(name, message) : new Error(message),
          index
        );
      }
      case BIGINT:
        return as(BigInt(value), index);
      case "BigInt":
        return as(Object(BigInt(value)), index);
      case "ArrayBuffer":
        return as(new Uint8Array(value).buffer, value);
      case "DataView": {
        const { buffer } = new Uint8Array(value);
        return as(new DataView(buffer), value);
      }
      case "-0":
        return -0;
    }
    return as(guard(type, value), index);
  };
  return unpair;
};
var deserialize = (serialized) => deserializer(/* @__PURE__ */ new Map(), serialized)(0);

// node_modules/@ungap/structured-clone/esm/serialize.js
var EMPTY = "";
var { toString } = {};
var { keys, is } = Object;
var typeOf = (value) => {
  const type = typeof value;
  if (type !== "object" || !value)
    return [PRIMITIVE, type];
  const asString = toString.call(value).slice(8, -1);
  switch (asString) {
    case "Array":
      return [ARRAY, EMPTY];
    case "Object":
      return [OBJECT, EMPTY];
    case "Date":
      return [DATE, EMPTY];
    case "RegExp":
      return [REGEXP, EMPTY];
    case "Map":
      return [MAP, EMPTY];
    case "Set":
      return [SET, EMPTY];
    case "DataView":
      return [ARRAY, asString];
  }
  if (asString.includes("Array"))
    return [ARRAY, asString];
  if (value instanceof Error)
    return [ERROR, value.name || "Error"];
  return [OBJECT, asString];
};
var shouldSkip = ([TYPE, type]) => TYPE === PRIMITIVE && (type === "function" || type === "symbol");
var serializer = (strict, json, $, _) => {
  const as = (out, value) => {
    const index = _.push(out) - 1;
    $.set(value, index);
    return index;
  };
  const pair = (value) => {
    if ($.has(value))
      return $.get(value);
    let [TYPE, type] = typeOf(value);
    switch (TYPE) {
      case PRIMITIVE: {
        let entry = value;
        switch (type) {
          case "bigint":
            TYPE = BIGINT;
            entry = value.toString();
            break;
          case "number":
            if (!value && is(value, -0))
              return _.push(["-0"]) - 1;
            break;
          case "function":
          case "symbol":
            if (strict)
              throw new TypeError("unable to serialize " + type);
            entry = null;
            break;
          case "undefined":
            return as([VOID], value);
        }
        return as([TYPE, entry], value);
      }
      case ARRAY: {
        if (type) {
          let spread = value;
          if (type === "DataView") {
            spread = new Uint8Array(value.buffer);
          } else if (type === "ArrayBuffer") {
            spread = new Uint8Array(value);
          }
          return as([type, [...spread]], value);
        }
        const arr = [];
        const index = as([TYPE, arr], value);
        for (const entry of value)
          arr.push(pair(entry));
        return index;
      }
      case OBJECT: {
        if (type) {
          switch (type) {
            case "BigInt":
              return as([type, value.toString()], value);
            case "Boolean":
            case "Number":
            case "String":
              return as([type, value.valueOf()], value);
          }
        }
        if (json && "toJSON" in value)
          return pair(value.toJSON());
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const key of keys(value)) {
          if (strict || !shouldSkip(typeOf(value[key])))
            entries.push([pair(key), pair(value[key])]);
        }
        return index;
      }
      case DATE:
        return as([TYPE, isNaN(value.getTime()) ? EMPTY : value.toISOString()], value);
      case REGEXP: {
        const { source, flags } = value;
        return as([TYPE, { source, flags }], value);
      }
      case MAP: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const [key, entry] of value) {
          if (strict || !(shouldSkip(typeOf(key)) || shouldSkip(typeOf(entry))))
            entries.push([pair(key), pair(entry)]);
        }
        return index;
      }
      case SET: {
        const entries = [];
        const index = as([TYPE, entries], value);
        for (const entry of value) {
          if (strict || !shouldSkip(typeOf(entry)))
            entries.push(pair(entry));
        }
        return index;
      }
    }
    const { message } = value;
    return as([TYPE, { name: type, message }], value);
  };
  return pair;
};
var serialize = (value, { json, lossy } = {}) => {
  const _ = [];
  return serializer(!(json || lossy), !!json, /* @__PURE__ */ new Map(), _)(value), _;
};

// node_modules/@ungap/structured-clone/esm/index.js
var esm_default = typeof structuredClone === "function" ? (
  /* c8 ignore start */
  (any, options) => options && ("json" in options || "lossy" in options) ? deserialize(serialize(any, options)) : structuredClone(any)
) : (any, options) => deserialize(serialize(any, options));

// node_modules/mdast-util-to-hast/lib/footer.js
function defaultFootnoteBackContent(_, rereferenceIndex) {
  const result = [{ type: "text", value: "\u21A9" }];
  if (rereferenceIndex > 1) {
    result.push({
      type: "element",
      tagName: "sup",
      properties: {},
      children: [{ type: "text", value: String(rereferenceIndex) }]
    });
  }
  return result;
}
function defaultFootnoteBackLabel(referenceIndex, rereferenceIndex) {
  return "Back to reference " + (referenceIndex + 1) + (rereferenceIndex > 1 ? "-" + rereferenceIndex : "");
}
function footer(state) {
  const clobberPrefix = typeof state.options.clobberPrefix === "string" ? state.options.clobberPrefix : "user-content-";
  const footnoteBackContent = state.options.footnoteBackContent || defaultFootnoteBackContent;
  const footnoteBackLabel = state.options.footnoteBackLabel || defaultFootnoteBackLabel;
  const footnoteLabel = state.options.footnoteLabel || "Footnotes";
  const footnoteLabelTagName = state.options.footnoteLabelTagName || "h2";
  const footnoteLabelProperties = state.options.footnoteLabelProperties || {
    className: ["sr-only"]
  };
  const contents = [];
  const listItems = [];
  let referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (definition) {
      contents[referenceIndex] = state.all(definition);
    }
  }
  referenceIndex = -1;
  while (++referenceIndex < state.footnoteOrder.length) {
    const definition = state.footnoteById.get(
      state.footnoteOrder[referenceIndex]
    );
    if (!definition) {
      continue;
    }
    const content = contents[referenceIndex];
    const id = String(definition.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    let rereferenceIndex = 0;
    const backReferences = [];
    const counts = state.footnoteCounts.get(id);
    while (counts !== void 0 && ++rereferenceIndex <= counts) {
      if (backReferences.length > 0) {
        backReferences.push({ type: "text", value: " " });
      }
      let children = typeof footnoteBackContent === "string" ? footnoteBackContent : footnoteBackContent(referenceIndex, rereferenceIndex);
      if (typeof children === "string") {
        children = { type: "text", value: children };
      }
      backReferences.push({
        type: "element",
        tagName: "a",
        properties: {
          href: "#" + clobberPrefix + "fnref-" + safeId + (rereferenceIndex > 1 ? "-" + rereferenceIndex : ""),
          dataFootnoteBackref: "",
          ariaLabel: typeof footnoteBackLabel === "string" ? footnoteBackLabel : footnoteBackLabel(referenceIndex, rereferenceIndex),
          className: ["data-footnote-backref"]
        },
        children: Array.isArray(children) ? children : [children]
      });
    }
    const tail = content[content.length - 1];
    if (tail && tail.type === "element" && tail.tagName === "p") {
      const tailTail = tail.children[tail.children.length - 1];
      if (tailTail && tailTail.type === "text") {
        tailTail.value += " ";
      } else {
        tail.children.push({ type: "text", value: " " });
      }
      tail.children.push(...backReferences);
    } else {
      content.push(...backReferences);
    }
    const listItem2 = {
      type: "element",
      tagName: "li",
      properties: { id: clobberPrefix + "fn-" + safeId },
      children: state.wrap(content, true)
    };
    state.patch(definition, listItem2);
    listItems.push(listItem2);
  }
  if (listItems.length === 0) {
    return;
  }
  return {
    type: "element",
    tagName: "section",
    properties: { dataFootnotes: true, className: ["footnotes"] },
    children: [
      {
        type: "element",
        tagName: footnoteLabelTagName,
        properties: {
          ...esm_default(footnoteLabelProperties),
          id: "footnote-label"
        },
        children: [{ type: "text", value: footnoteLabel }]
      },
      { type: "text", value: "\n" },
      {
        type: "element",
        tagName: "ol",
        properties: {},
        children: state.wrap(listItems, true)
      },
      { type: "text", value: "\n" }
    ]
  };
}

// node_modules/mdast-util-to-hast/lib/state.js
var own = {}.hasOwnProperty;
var emptyOptions = {};
function createState(tree, options) {
  const settings = options || emptyOptions;
  const definitionById = /* @__PURE__ */ new Map();
  const footnoteById = /* @__PURE__ */ new Map();
  const footnoteCounts = /* @__PURE__ */ new Map();
  const handlers2 = { ...handlers, ...settings.handlers };
  const state = {
    all,
    applyData,
    definitionById,
    footnoteById,
    footnoteCounts,
    footnoteOrder: [],
    handlers: handlers2,
    one,
    options: settings,
    patch,
    wrap
  };
  visit(tree, function(node) {
    if (node.type === "definition" || node.type === "footnoteDefinition") {
      const id = String(node.identifier).toUpperCase();
      if (node.type === "definition") {
        if (!definitionById.has(id)) {
          definitionById.set(id, node);
        }
      } else if (!footnoteById.has(id)) {
        footnoteById.set(id, node);
      }
    }
  });
  return state;
  function one(node, parent) {
    const { type } = node;
    const handle = state.handlers[type];
    if (own.call(state.handlers, type) && handle) {
      return handle(state, node, parent);
    }
    if (state.options.passThrough && state.options.passThrough.includes(type)) {
      if ("children" in node) {
        const { children, ...shallow } = node;
        return { ...esm_default(shallow), children: state.all(node) };
      }
      return esm_default(node);
    }
    const unknown = state.options.unknownHandler || defaultUnknownHandler;
    return unknown(state, node, parent);
  }
  function all(parent) {
    const values = [];
    if ("children" in parent) {
      const nodes = parent.children;
      let index = -1;
      while (++index < nodes.length) {
        const result = state.one(nodes[index], parent);
        if (result) {
          if (index && nodes[index - 1].type === "break") {
            if (!Array.isArray(result) && result.type === "text") {
              result.value = trimMarkdownSpaceStart(result.value);
            }
            if (!Array.isArray(result) && result.type === "element") {
              const head = result.children[0];
              if (head && head.type === "text") {
                head.value = trimMarkdownSpaceStart(head.value);
              }
            }
          }
          if (Array.isArray(result)) {
            values.push(...result);
          } else {
            values.push(result);
          }
        }
      }
    }
    return values;
  }
}
function patch(from, to) {
  if (from.position) to.position = position(from);
}
function applyData(from, to) {
  let result = to;
  if (from && from.data) {
    const { hChildren, hName, hProperties } = from.data;
    if (typeof hName === "string") {
      if (result.type === "element") {
        result.tagName = hName;
      } else {
        const children = "children" in result ? result.children : [result];
        result = { type: "element", tagName: hName, properties: {}, children };
      }
    }
    if (result.type === "element" && hProperties) {
      Object.assign(result.properties, esm_default(hProperties));
    }
    if ("children" in result && result.children && hChildren !== null && hChildren !== void 0) {
      result.children = hChildren;
    }
  }
  return result;
}
function defaultUnknownHandler(state, node) {
  const data = node.data || {};
  const result = "value" in node && !(own.call(data, "hProperties") || own.call(data, "hChildren")) ? { type: "text", value: node.value } : {
    type: "element",
    tagName: "div",
    properties: {},
    children: state.all(node)
  };
  state.patch(node, result);
  return state.applyData(node, result);
}
function wrap(nodes, loose) {
  const result = [];
  let index = -1;
  if (loose) {
    result.push({ type: "text", value: "\n" });
  }
  while (++index < nodes.length) {
    if (index) result.push({ type: "text", value: "\n" });
    result.push(nodes[index]);
  }
  if (loose && nodes.length > 0) {
    result.push({ type: "text", value: "\n" });
  }
  return result;
}
function trimMarkdownSpaceStart(value) {
  let index = 0;
  let code2 = value.charCodeAt(index);
  while (code2 === 9 || code2 === 32) {
    index++;
    code2 = value.charCodeAt(index);
  }
  return value.slice(index);
}

// node_modules/mdast-util-to-hast/lib/index.js
function toHast(tree, options) {
  const state = createState(tree, options);
  const node = state.one(tree, void 0);
  const foot = footer(state);
  const result = Array.isArray(node) ? { type: "root", children: node } : node || { type: "root", children: [] };
  if (foot) {
    ok("children" in result);
    result.children.push({ type: "text", value: "\n" }, foot);
  }
  return result;
}

// node_modules/remark-rehype/lib/index.js
function remarkRehype(destination, options) {
  if (destination && "run" in destination) {
    return async function(tree, file) {
      const hastTree = (
        /** @type {HastRoot} */
        toHast(tree, { file, ...options })
      );
      await destination.run(hastTree, file);
    };
  }
  return function(tree, file) {
    return (
      /** @type {HastRoot} */
      toHast(tree, { file, ...destination || options })
    );
  };
}

// src/site/message.ts
var processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
var SAFE_URL = /^(?:https?:|mailto:)/i;
var HEADING = /^h[1-6]$/;
function messageToHast(markdown) {
  const cached = rendered.get(markdown);
  if (cached) return cached;
  const tree = processor.runSync(processor.parse(markdown));
  const nodes = cleanChildren(tree.children);
  if (rendered.size >= CACHE_SIZE) rendered.clear();
  rendered.set(markdown, nodes);
  return nodes;
}
var CACHE_SIZE = 1e4;
var rendered = /* @__PURE__ */ new Map();
function cleanChildren(nodes) {
  return nodes.flatMap(clean);
}
function clean(node) {
  if (node.type !== "element") return node.type === "text" ? [node] : [];
  const children = cleanChildren(node.children);
  const name = node.tagName;
  if (name === "img") {
    const alt = node.properties.alt;
    return typeof alt === "string" && alt ? [{ type: "text", value: alt }] : [];
  }
  if (name === "input") return [];
  if (name === "a") {
    const href = node.properties.href;
    if (typeof href !== "string" || !SAFE_URL.test(href)) return children;
    return [element("a", { href, rel: ["nofollow", "noopener"] }, children)];
  }
  if (HEADING.test(name)) return [element("p", {}, [element("strong", {}, children)])];
  if (name === "sup" || name === "section") return children;
  return [element(name, keepProperties(node), children)];
}
function element(tagName, properties, children) {
  return { type: "element", tagName, properties, children };
}
function keepProperties(node) {
  const kept = {};
  for (const key of ["align", "start", "className"]) {
    const value = node.properties[key];
    if (value !== void 0 && value !== null) kept[key] = value;
  }
  return kept;
}

// src/site/model.ts
function siteModel(incidents, page2, now) {
  const active = incidents.filter((i) => i.active);
  const names = page2.components.length ? [...page2.components] : [...new Set(incidents.flatMap((i) => i.components))].sort();
  const components = names.map((name) => ({
    id: slug(name),
    name,
    status: componentStatusOf(worstImpact(active.filter((i) => i.components.includes(name)).map((i) => i.impact))),
    availability: availability(impactWindows(incidents, name, now), page2.history, now)
  }));
  const newest = incidents.reduce((acc, i) => acc === null || toMillis(i.updatedAt) > toMillis(acc) ? i.updatedAt : acc, null);
  return {
    title: page2.title,
    url: page2.url,
    history: page2.history,
    generatedAt: formatTimestamp(now),
    impact: worstImpact(active.map((i) => i.impact)),
    components,
    active,
    past: incidents.filter((i) => !i.active),
    updatedAt: newest ?? formatTimestamp(now)
  };
}
function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "component";
}
var BANNER = {
  none: "All systems operational",
  minor: "Degraded performance",
  major: "Partial outage",
  critical: "Major outage"
};
var COMPONENT_LABEL = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage"
};
var STATE_LABEL = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved"
};
var IMPACT_LABEL = {
  minor: "Minor impact",
  major: "Major impact",
  critical: "Critical impact"
};
var STATE_CHANGE_TEXT = {
  investigating: "We are investigating this issue.",
  identified: "The cause has been identified and a fix is in progress.",
  monitoring: "A fix has been applied and we are monitoring the results.",
  resolved: "This incident has been resolved."
};

// src/site/html.ts
var PATHS = {
  index: "index.html",
  style: "style.css",
  icon: "favicon.svg",
  history: "history.html",
  feed: "feed.atom",
  summary: "api/v2/summary.json",
  incident: (id) => `incidents/${id}.html`
};
var PHONE_DAYS = 30;
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function time(at) {
  const known = times.get(at);
  if (known) return known;
  const date = new Date(at);
  const pad = (n) => String(n).padStart(2, "0");
  const text2 = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
  const made = element2("time", [], [text2], { dateTime: date.toISOString().replace(/\.\d{3}Z$/, "Z") });
  if (times.size >= TIMES_KEPT) times.clear();
  times.set(at, made);
  return made;
}
var TIMES_KEPT = 1e4;
var times = /* @__PURE__ */ new Map();
function page(model, root2, title, main, titleIsHeading = false) {
  const shared2 = sharedParts(model, root2, titleIsHeading);
  const tree = htmlDocument({
    title,
    head: [raw(shared2.head)],
    body: [raw(shared2.header), h("main#main.wrap", main), raw(shared2.footer)]
  });
  return `${toHtml(tree, { allowDangerousHtml: true })}
`;
}
var shared = /* @__PURE__ */ new WeakMap();
function sharedParts(model, root2, titleIsHeading) {
  let byPlace = shared.get(model);
  if (!byPlace) shared.set(model, byPlace = /* @__PURE__ */ new Map());
  const key = `${root2}|${titleIsHeading}`;
  const known = byPlace.get(key);
  if (known) return known;
  const parts = {
    head: toHtml([
      h("meta", { name: "color-scheme", content: "light dark" }),
      h("link", { rel: "stylesheet", href: `${root2}${PATHS.style}` }),
      // Without an icon of its own, a browser asks the host's root for /favicon.ico, outside the site.
      h("link", { rel: "icon", type: "image/svg+xml", href: `${root2}${PATHS.icon}` }),
      h("link", { rel: "alternate", type: "application/atom+xml", title: `${model.title}: incidents`, href: `${root2}${PATHS.feed}` })
    ]),
    header: toHtml([
      h("a.skip", { href: "#main" }, "Skip to content"),
      // The site's name is the front page's heading; other pages have their own.
      h("header.site", [h("div.wrap", [h(titleIsHeading ? "h1.site-title" : "p.site-title", [h("a.brand", { href: `${root2}${PATHS.index}` }, model.title)])])])
    ]),
    footer: toHtml(
      h("footer.site", [
        h("div.wrap", [
          h("p", [
            h("a", { href: `${root2}${PATHS.feed}` }, "Atom feed"),
            " \xB7 ",
            h("a", { href: `${root2}${PATHS.summary}` }, "JSON API"),
            " \xB7 Times are UTC. Generated ",
            time(model.generatedAt),
            "."
          ])
        ])
      ])
    )
  };
  byPlace.set(key, parts);
  return parts;
}
function raw(value) {
  return { type: "raw", value };
}
var ICON_COLOUR = {
  none: "#1a7f37",
  minor: "#9a6700",
  major: "#bc4c00",
  critical: "#cf222e"
};
function renderIcon(model) {
  const icon = s("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 16 16" }, [
    s("circle", { cx: 8, cy: 8, r: 7, fill: ICON_COLOUR[model.impact ?? "none"] })
  ]);
  return `${toHtml(icon, { space: "svg" })}
`;
}
function renderIndex(model) {
  const days = Math.max(1, Math.ceil(model.history / DAY));
  const since = Date.parse(model.generatedAt) - days * DAY;
  const recent = model.past.filter((i) => Date.parse(i.resolvedAt ?? i.startedAt) >= since);
  const main = [
    banner(model),
    ...model.active.length ? [h("section", { ariaLabelledBy: "active" }, [h("h2#active", "Active incidents"), ...model.active.map((i) => incidentCard(i, ""))])] : [],
    h("section", { ariaLabelledBy: "components" }, [
      h("h2#components", "Components"),
      model.components.length ? h("ul.components", model.components.map((c) => componentItem(c, model.history))) : h("p.muted", "No components to show yet.")
    ]),
    h("section", { ariaLabelledBy: "past" }, [
      h("h2#past", "Past incidents"),
      recent.length ? h("ul.past", recent.map(pastItem)) : h("p.muted", `No incidents in the last ${days} days.`),
      h("p", [h("a", { href: PATHS.history }, "Incident history")])
    ])
  ];
  return page(model, "", model.title, main, true);
}
function renderHistory(model) {
  const main = [
    h("p.back", [h("a", { href: PATHS.index }, `\u2190 ${model.title}`)]),
    h("h1", "Incident history"),
    model.past.length ? h("ul.past", model.past.map(pastItem)) : h("p.muted", "No incidents reported.")
  ];
  return page(model, "", `Incident history \xB7 ${model.title}`, main);
}
function renderIncidentPage(model, incident) {
  const main = [
    element2("p", ["back"], [element2("a", [], [`\u2190 ${model.title}`], { href: `../${PATHS.index}` })]),
    element2("article", ["incident"], [
      element2("h1", [], [incident.title]),
      facts(incident),
      element2("h2", [], ["Updates"]),
      updateListTree(incident.updates)
    ])
  ];
  return page(model, "../", `${incident.title} \xB7 ${model.title}`, main);
}
function banner(model) {
  const level = model.impact ?? "none";
  return h(`section.banner.impact-${level}`, { ariaLabel: "Overall status" }, [
    h("p.banner-text", BANNER[level]),
    h("p.banner-time", ["Updated ", time(model.updatedAt)])
  ]);
}
function impactBadge(impact) {
  return element2("span", ["badge", `impact-${impact}`], [IMPACT_LABEL[impact]]);
}
function incidentCard(incident, root2) {
  return h("article.card", [
    h("h3", [h("a", { href: `${root2}${PATHS.incident(incident.id)}` }, incident.title)]),
    facts(incident),
    updateListTree(incident.updates)
  ]);
}
function facts(incident) {
  const rows = [
    ["Status", element2("span", [], [STATE_LABEL[incident.state]])],
    ["Impact", impactBadge(incident.impact)],
    ["Started", time(incident.startedAt)]
  ];
  if (incident.resolvedAt) rows.push(["Resolved", time(incident.resolvedAt)]);
  if (incident.components.length) rows.push(["Affected", incident.components.join(", ")]);
  return element2("dl", ["facts"], rows.flatMap(([term, value]) => [element2("dt", [], [term]), element2("dd", [], [value])]));
}
function updateListTree(updates) {
  return element2(
    "ol",
    ["updates"],
    updates.map(
      (u) => element2("li", [], [
        element2("p", ["update-head"], [element2("strong", [`state-${u.state}`], [STATE_LABEL[u.state]]), " \xB7 ", time(u.at)]),
        element2("div", ["update-body"], u.message === null ? [element2("p", [], [STATE_CHANGE_TEXT[u.state]])] : messageToHast(u.message))
      ])
    )
  );
}
function element2(tagName, classes, children, properties = {}) {
  return {
    type: "element",
    tagName,
    properties: classes.length ? { className: [...classes], ...properties } : { ...properties },
    children: children.map((child) => typeof child === "string" ? { type: "text", value: child } : child)
  };
}
function componentItem(component, history) {
  const { days, availability: availability2 } = component.availability;
  const label = `${component.name}: ${formatPercent(availability2)} available over the last ${days.length} days`;
  const daysBack = Math.max(1, Math.ceil(history / DAY));
  return h("li.component", [
    h("div.component-head", [
      h("span.component-name", component.name),
      h(`span.badge.status-${component.status}`, COMPONENT_LABEL[component.status])
    ]),
    h(
      "div.bars",
      { role: "img", ariaLabel: label },
      days.map(
        (d) => h(`span.bar.day-${d.worst ?? "none"}`, {
          title: `${d.date}: ${formatPercent(d.availability)}${d.worst ? ` \xB7 ${BANNER[d.worst].toLowerCase()}` : ""}`
        })
      )
    ),
    h("div.bars-legend", { ariaHidden: "true" }, [
      // A phone shows the last 30 days' bars (style.css); the percentage stays the whole period's.
      daysBack > PHONE_DAYS ? h("span", [h("span.legend-wide", `${daysBack} days ago`), h("span.legend-narrow", `${PHONE_DAYS} days ago`)]) : h("span", `${daysBack} days ago`),
      daysBack > PHONE_DAYS ? h("span", [h("span.legend-wide", `${formatPercent(availability2)} uptime`), h("span.legend-narrow", `${formatPercent(availability2)} over ${daysBack} days`)]) : h("span", `${formatPercent(availability2)} uptime`),
      h("span", "Today")
    ])
  ]);
}
function pastItem(incident) {
  return h("li", [
    h("a", { href: PATHS.incident(incident.id) }, incident.title),
    h("span.muted", [" \xB7 ", time(incident.startedAt), " \xB7 ", STATE_LABEL[incident.state]])
  ]);
}

// src/site/feed.ts
var FEED_ENTRIES = 50;
function renderFeed(model) {
  const base = model.url ? `${model.url.replace(/\/+$/, "")}/` : PLACEHOLDER;
  const incidents = [...model.active, ...model.past].sort((a, b) => toMillis(b.updatedAt) - toMillis(a.updatedAt)).slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: model.url ? base : `urn:sitrep:${slug(model.title)}`,
    title: model.title,
    link: `${base}${PATHS.index}`,
    feed: `${base}${PATHS.feed}`,
    updated: new Date(model.updatedAt),
    generator: "sitrep",
    copyright: ""
  });
  for (const incident of incidents) {
    const link2 = `${base}${PATHS.incident(incident.id)}`;
    feed.addItem({
      title: html2([{ type: "text", value: incident.title }]),
      id: model.url ? link2 : `urn:sitrep:${slug(model.title)}:${incident.id}`,
      link: link2,
      date: new Date(incident.updatedAt),
      published: new Date(incident.publishedAt),
      description: html2([{ type: "text", value: summaryLine(incident) }]),
      content: html2([updateListTree(incident.updates)])
    });
  }
  const atom = feed.atom1();
  return model.url ? atom : atom.replaceAll(`href="${PLACEHOLDER}`, 'href="');
}
var PLACEHOLDER = "https://status.invalid/";
function summaryLine(incident) {
  const parts = [STATE_LABEL[incident.state], IMPACT_LABEL[incident.impact]];
  if (incident.components.length) parts.push(`Affected: ${incident.components.join(", ")}`);
  return parts.join(" \xB7 ");
}
function html2(nodes) {
  return toHtml(nodes).replaceAll("]]>", "]]&gt;");
}

// src/site/read.ts
function* readIncidents(files, skipped) {
  for (const file of files) {
    const { document, problems } = parseIncident(file.text, file.path);
    if (!document) {
      skipped.push(problems[0] ?? { path: file.path, line: 1, column: 1, message: "not a valid incident file" });
      continue;
    }
    yield { record: document.record, log: document.log };
  }
}

// src/site/style.ts
var STYLESHEET = `:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --line: #d0d7de;
  --card: #f6f8fa;
  --link: #0550ae;
  --ok: #1a7f37;
  --minor: #9a6700;
  --major: #bc4c00;
  --critical: #cf222e;
  --empty: #d0d7de;
  --on-status: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9198a1;
    --line: #30363d;
    --card: #161b22;
    --link: #4493f8;
    --ok: #3fb950;
    --minor: #d29922;
    --major: #db6d28;
    --critical: #f85149;
    --empty: #30363d;
    --on-status: #0d1117;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  overflow-wrap: anywhere;
}
a { color: var(--link); }
.wrap { max-width: 52rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }
header.site { border-bottom: 1px solid var(--line); padding: 1rem 0; }
.site-title { margin: 0; font-size: 1.5rem; line-height: 1.25; }
.brand { color: var(--fg); font-weight: 700; text-decoration: none; }
main { padding-top: 1.5rem; padding-bottom: 2rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); font-size: .875rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
.muted { color: var(--muted); }
.banner { border-radius: .5rem; padding: 1rem 1.25rem; background: var(--ok); color: var(--on-status); }
.banner p { margin: 0; }
.banner-text { font-size: 1.35rem; font-weight: 700; }
.banner-time { font-size: .875rem; }
.banner.impact-minor { background: var(--minor); }
.banner.impact-major { background: var(--major); }
.banner.impact-critical { background: var(--critical); }
.badge {
  display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .8125rem; font-weight: 600;
  background: var(--ok); color: var(--on-status); white-space: nowrap;
}
.impact-minor.badge, .status-degraded_performance { background: var(--minor); }
.impact-major.badge, .status-partial_outage { background: var(--major); }
.impact-critical.badge, .status-major_outage { background: var(--critical); }
.card { border: 1px solid var(--line); border-radius: .5rem; background: var(--card); padding: 1rem; margin: 0 0 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.updates { list-style: none; padding: 0; margin: 0; }
.updates > li { border-left: 3px solid var(--line); padding: 0 0 .75rem .75rem; margin: 0 0 .25rem; }
.update-head { margin: 0; font-size: .9375rem; }
.update-body > :first-child { margin-top: .25rem; }
.update-body > :last-child { margin-bottom: 0; }
.update-body pre { overflow-x: auto; }
.update-body table { display: block; overflow-x: auto; border-collapse: collapse; }
.update-body td, .update-body th { border: 1px solid var(--line); padding: .25rem .5rem; }
.components { list-style: none; padding: 0; margin: 0; border: 1px solid var(--line); border-radius: .5rem; }
.component { padding: 1rem; }
.component + .component { border-top: 1px solid var(--line); }
.component-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem; align-items: center; }
.component-name { font-weight: 600; }
.bars { display: flex; gap: 1px; height: 2rem; margin-top: .75rem; }
.bar { flex: 1 1 0; min-width: 0; border-radius: 1px; background: var(--ok); }
.bar.day-minor { background: var(--minor); }
.bar.day-major { background: var(--major); }
.bar.day-critical { background: var(--critical); }
.bars-legend { display: flex; justify-content: space-between; gap: .5rem; color: var(--muted); font-size: .8125rem; margin-top: .25rem; }
.legend-narrow { display: none; }
@media (max-width: 40rem) {
  .bar:nth-last-child(n+31) { display: none; }
  .legend-wide { display: none; }
  .legend-narrow { display: inline; }
}
.past { padding-left: 1.25rem; }
.past li { margin: .25rem 0; }
.back { margin: 0; }
`;

// src/site/summary.ts
function buildSummary(model) {
  const pageId = slug(model.title);
  const base = model.url ? `${model.url.replace(/\/+$/, "")}/` : "";
  const components = model.components.map((c, index) => summaryComponent(c, index, pageId, model));
  const byName = new Map(model.components.map((c, index) => [c.name, components[index]]));
  const indicator = model.impact ?? "none";
  return {
    page: { id: pageId, name: model.title, url: base, time_zone: "Etc/UTC", updated_at: model.updatedAt },
    status: { indicator, description: BANNER[indicator] },
    components,
    incidents: model.active.map((incident) => summaryIncident(incident, pageId, base, byName)),
    scheduled_maintenances: []
  };
}
function buildStatus(model) {
  const { page: page2, status } = buildSummary(model);
  return { page: page2, status };
}
function summaryComponent(component, index, pageId, model) {
  const touching = [...model.active, ...model.past].filter((i) => i.components.includes(component.name));
  const times2 = touching.flatMap((i) => [i.publishedAt, i.updatedAt]).sort((a, b) => toMillis(a) - toMillis(b));
  return {
    id: component.id,
    name: component.name,
    status: component.status,
    created_at: times2[0] ?? model.generatedAt,
    updated_at: times2.at(-1) ?? model.generatedAt,
    position: index + 1,
    description: null,
    showcase: true,
    start_date: null,
    group_id: null,
    page_id: pageId,
    group: false,
    only_show_if_degraded: false
  };
}
function summaryIncident(incident, pageId, base, byName) {
  const count = incident.updates.length;
  return {
    id: incident.id,
    name: incident.title,
    status: incident.state,
    created_at: incident.publishedAt,
    updated_at: incident.updatedAt,
    monitoring_at: incident.monitoringAt,
    resolved_at: incident.resolvedAt,
    impact: incident.impact,
    shortlink: `${base}${PATHS.incident(incident.id)}`,
    started_at: incident.startedAt,
    page_id: pageId,
    incident_updates: incident.updates.map((u, index) => ({
      id: `${incident.id}-${count - index}`,
      status: u.state,
      body: u.message ?? STATE_CHANGE_TEXT[u.state],
      incident_id: incident.id,
      created_at: u.at,
      updated_at: u.at,
      display_at: u.at,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null
    })),
    components: incident.components.flatMap((name) => byName.get(name) ?? [])
  };
}

// src/site/build.ts
var MANIFEST_PATH = ".sitrep-site.json";
var FIXED_PATHS = /* @__PURE__ */ new Set([PATHS.index, PATHS.history, PATHS.style, PATHS.icon, PATHS.feed, PATHS.summary, "api/v2/status.json", ".nojekyll"]);
var INCIDENT_PAGE = /^incidents\/INC-[1-9][0-9]{0,14}\.html$/;
function isSitePath(path) {
  return FIXED_PATHS.has(path) || INCIDENT_PAGE.test(path);
}
function streamStatusSite(files, configText, now, emit) {
  const config = loadConfig(configText);
  const skipped = [];
  const project2 = publicProjection(config, now);
  const view = [];
  for (const incident of readIncidents(files, skipped)) {
    const projected = project2(incident);
    if (projected) view.push(projected);
  }
  sortPublicIncidents(view);
  const model = siteModel(view, config.statusPage, now);
  const put = emit;
  put(PATHS.index, renderIndex(model));
  put(PATHS.history, renderHistory(model));
  put(PATHS.style, STYLESHEET);
  put(PATHS.icon, renderIcon(model));
  for (const incident of view) put(PATHS.incident(incident.id), renderIncidentPage(model, incident));
  put(PATHS.feed, renderFeed(model));
  put(PATHS.summary, `${JSON.stringify(buildSummary(model), null, 2)}
`);
  put("api/v2/status.json", `${JSON.stringify(buildStatus(model), null, 2)}
`);
  put(".nojekyll", "");
  return { skipped, published: view.length };
}
var StatusPageWriter = class {
  constructor(outDir) {
    this.outDir = outDir;
    this.previous = readManifest(outDir);
  }
  outDir;
  previous;
  written = /* @__PURE__ */ new Set();
  folders = /* @__PURE__ */ new Set();
  write(path, content) {
    const target = join(this.outDir, ...path.split("/"));
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(target, content);
    this.written.add(path);
  }
  /** Removes the stale files and writes the manifest of this build; returns the paths removed. */
  finish() {
    const removed = [];
    for (const path of this.previous) {
      if (this.written.has(path) || !isSitePath(path)) continue;
      const target = join(this.outDir, ...path.split("/"));
      const stat = lstatSync(target, { throwIfNoEntry: false });
      if (!stat || !(stat.isFile() || stat.isSymbolicLink())) continue;
      unlinkSync(target);
      removed.push(path);
    }
    writeFileSync(join(this.outDir, MANIFEST_PATH), `${JSON.stringify({ files: [...this.written] }, null, 2)}
`);
    return removed;
  }
};
function readManifest(dir) {
  let text2;
  try {
    text2 = readFileSync(join(dir, MANIFEST_PATH), "utf8");
  } catch {
    return [];
  }
  try {
    const files = JSON.parse(text2).files;
    return Array.isArray(files) ? files.filter((f) => typeof f === "string") : [];
  } catch {
    return [];
  }
}

// src/cli/status-page.ts
var STATUS_PAGE_USAGE = `Usage: sitrep status-page [dir] [--out <folder>] [--as-of <time>]

Builds the public status page from the incident files of the repository that holds dir
(default: the current directory) and its .github/sitrep.yml (status_page): index.html, one
page per published incident under incidents/, feed.atom and api/v2/summary.json. Only
incidents with a public update (/inc public) appear, and only what was published.

Options:
  --out <folder>    where to write the site (default: site, in the repository)
  --as-of <time>    build as of this RFC 3339 time instead of now, e.g. 2026-12-31T00:00:00Z
  -h, --help        show this help

Files that are not valid incidents are left out and named on stderr (see sitrep validate).
The folder keeps a list of the files it wrote (.sitrep-site.json): the next build removes
those it does not write again (e.g. an incident no longer published), and no other file.
Exit status: 0 built, 1 the configuration is invalid, 2 bad usage.
`;
async function statusPageCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    {
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        out: { type: "string" },
        "as-of": { type: "string" }
      }
    },
    STATUS_PAGE_USAGE
  );
  if (values.help) {
    process.stdout.write(STATUS_PAGE_USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}: ${positionals.join(" ")}`, STATUS_PAGE_USAGE);
  const given = positionals[0] ?? ".";
  const dir = resolve(given);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${given}`, STATUS_PAGE_USAGE);
  const asOf = values["as-of"];
  if (asOf !== void 0 && !isRfc3339(asOf)) {
    throw new UsageError(`--as-of "${asOf}" is not an RFC 3339 time; write it as 2026-12-31T00:00:00Z`, STATUS_PAGE_USAGE);
  }
  if (values.out === "") throw new UsageError("--out needs a folder", STATUS_PAGE_USAGE);
  const now = asOf === void 0 ? Date.now() : toMillis(asOf);
  const root2 = findRepositoryRoot(dir);
  const configPath = root2.configFile ? displayPath(root2.configFile) : CONFIG_PATH;
  const { problems: configProblems } = checkConfig(root2.configText, configPath);
  if (configProblems.length) {
    process.stderr.write(`${configProblems.map(formatDiagnostic).join("\n")}
sitrep status-page: the configuration is invalid; fix it first (sitrep validate ${configPath})
`);
    return 1;
  }
  const out = values.out === void 0 ? resolve(root2.dir, "site") : resolve(values.out);
  const unreadable = [];
  const paths = listRepositoryFiles(root2, "incident");
  function* files() {
    for (const path of paths) {
      const shown = displayPath(path);
      let text2;
      try {
        text2 = readFileSync2(path, "utf8");
      } catch (error) {
        unreadable.push({ path: shown, line: 1, column: 1, message: `cannot read the file: ${error.message}` });
        continue;
      }
      yield { path: shown, text: text2 };
    }
  }
  const writer = new StatusPageWriter(out);
  let written = 0;
  const site = streamStatusSite(files(), root2.configText, now, (path, content) => {
    writer.write(path, content);
    written++;
  });
  const removed = writer.finish();
  for (const problem of [...unreadable, ...site.skipped]) process.stderr.write(`sitrep status-page: left out ${formatDiagnostic(problem)}
`);
  const stale = removed.length ? `; removed ${removed.length} file(s) of the previous build` : "";
  process.stdout.write(`wrote ${written} files to ${displayPath(out)}: ${site.published} published incident(s) of ${paths.length}${stale}
`);
  return 0;
}
export {
  STATUS_PAGE_USAGE,
  statusPageCommand
};
