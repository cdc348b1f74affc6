import { createRequire as __sitrepCreateRequire } from 'node:module'; const require = __sitrepCreateRequire(import.meta.url);
import {
  require_dist,
  require_equal,
  require_fast_deep_equal,
  require_formats,
  require_ucs2length
} from "./chunk-DPC5VWB2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-O6QHYEXM.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef2(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef2;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// packages/sandbox/src/seed.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";

// packages/sandbox/src/errors.ts
var GitHubError = class extends Error {
  name = "GitHubError";
  status;
  errors;
  /** The `type` GitHub's GraphQL API gives the same failure. */
  graphqlType;
  /** Extra response headers (e.g. `retry-after`). */
  headers;
  /** Extra fields of the REST error body (push protection's `metadata`). */
  extra;
  constructor(status, message, options = {}) {
    super(message);
    this.status = status;
    this.errors = options.errors;
    this.graphqlType = options.graphqlType ?? defaultGraphqlType(status);
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }
};
function defaultGraphqlType(status) {
  if (status === 404) return "NOT_FOUND";
  if (status === 403) return "FORBIDDEN";
  if (status === 422) return "UNPROCESSABLE";
  if (status === 409) return "CONFLICT";
  return "INTERNAL";
}
var REST_DOCS_URL = "https://docs.github.com/rest";
function notFound(message = "Not Found") {
  return new GitHubError(404, message);
}
function forbidden(message, errors) {
  return new GitHubError(403, message, errors ? { errors } : {});
}
function validationFailed(errors, message = "Validation Failed") {
  return new GitHubError(422, message, { errors });
}
function invalidRequest(detail) {
  return new GitHubError(422, `Invalid request.

${detail}`);
}
function conflict(message) {
  return new GitHubError(409, message);
}
var SandboxUsageError = class extends Error {
  name = "SandboxUsageError";
};

// packages/sandbox/src/model.ts
var PERMISSIONS = ["none", "read", "triage", "write", "maintain", "admin"];
function atLeast(held, needed) {
  return PERMISSIONS.indexOf(held) >= PERMISSIONS.indexOf(needed);
}
var STANDARD_USERS = [
  { login: "alice", name: "Alice Admin", role: "admin" },
  { login: "bob", name: "Bob Writer", role: "write" },
  { login: "carol", name: "Carol Triager", role: "triage" },
  { login: "dave", name: "Dave Reader", role: "read" },
  { login: "mallory", name: "Mallory Outsider", role: "none" }
];
var REACTION_CONTENTS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"];
var BOT_LOGIN = "github-actions[bot]";
var BOT_ID = 41898282;

// packages/sandbox/src/seed.ts
var DEFAULT_SEED = {
  repos: [
    {
      name: "acme/incidents",
      private: true,
      default_branch: "main",
      bot: "write",
      files: { "README.md": "# incidents\n\nIncident records, kept by sitrep.\n" },
      issues: [
        {
          title: "Sandbox ready",
          body: "This issue exists so that the sandbox starts with issue #1.",
          author: "alice"
        }
      ]
    }
  ]
};
var LOGIN = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";
var SEED_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    clock: { type: "string" },
    users: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["login"],
        properties: {
          login: { type: "string", pattern: LOGIN },
          name: { type: "string" },
          email: { type: "string" },
          permissions: { type: "object", additionalProperties: { enum: [...PERMISSIONS] } }
        }
      }
    },
    apps: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["slug"],
        properties: {
          slug: { type: "string", pattern: LOGIN },
          permissions: { type: "object", additionalProperties: { enum: [...PERMISSIONS] } },
          reads_members: { type: "boolean" }
        }
      }
    },
    teams: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: { name: { type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" }, members: { type: "array", items: { type: "string" } } }
      }
    },
    platform: {
      type: "object",
      additionalProperties: false,
      properties: { enforce_rate_limits: { type: "boolean" }, graphql_timeout_nodes: { type: ["integer", "null"], minimum: 1 } }
    },
    repos: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" },
          private: { type: "boolean" },
          default_branch: { type: "string", minLength: 1 },
          description: { type: "string" },
          permissions: { type: "object", additionalProperties: { enum: [...PERMISSIONS] } },
          bot: { enum: [...PERMISSIONS] },
          files: { type: "object", additionalProperties: { type: "string" } },
          labels: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: { name: { type: "string", minLength: 1 }, color: { type: "string", pattern: "^#?[0-9a-fA-F]{6}$" }, description: { type: "string" } }
            }
          },
          issues: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["title"],
              properties: {
                title: { type: "string", minLength: 1 },
                body: { type: "string" },
                author: { type: "string" },
                labels: { type: "array", items: { type: "string" } },
                assignees: { type: "array", items: { type: "string" } },
                state: { enum: ["open", "closed"] },
                comments: {
                  type: "array",
                  items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["body"],
                    properties: { author: { type: "string" }, body: { type: "string", minLength: 1 } }
                  }
                }
              }
            }
          },
          settings: {
            type: "object",
            additionalProperties: false,
            properties: {
              actions_can_create_pull_requests: { type: "boolean" },
              push_protection: { type: "boolean" },
              protected_branches: {
                type: "array",
                items: {
                  type: "object",
                  additionalProperties: false,
                  required: ["branch"],
                  properties: { branch: { type: "string", minLength: 1 }, kind: { enum: ["classic", "ruleset"] }, bypass: { type: "array", items: { type: "string" } } }
                }
              },
              workflow_states: {
                type: "object",
                additionalProperties: { enum: ["active", "deleted", "disabled_fork", "disabled_inactivity", "disabled_manually"] }
              }
            }
          },
          merged_pulls: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["title", "merged_at"],
              properties: {
                title: { type: "string", minLength: 1 },
                body: { type: "string" },
                author: { type: "string" },
                merged_at: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$" }
              }
            }
          }
        }
      }
    }
  }
};
var validator;
function validateSeed(value, source = "seed") {
  validator ??= new import_ajv.Ajv({ allErrors: true, strict: false }).compile(SEED_SCHEMA);
  if (validator(value)) return value;
  const problems = (validator.errors ?? []).map((e) => {
    const where = e.instancePath || "/";
    if (e.keyword === "additionalProperties") return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
    if (e.keyword === "required") return `${where}: missing "${String(e.params.missingProperty)}"`;
    if (e.keyword === "enum") return `${where}: must be one of ${e.params.allowedValues.join(", ")}`;
    return `${where}: ${e.message ?? e.keyword}`;
  });
  throw new SandboxUsageError(`${source} is invalid:
  ${problems.join("\n  ")}`);
}
async function readSeedFile(path) {
  const text = await readFile(path, "utf8");
  let parsed;
  try {
    parsed = path.endsWith(".json") ? JSON.parse(text) : (0, import_yaml.parse)(text);
  } catch (error) {
    throw new SandboxUsageError(`seed file ${path} is not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateSeed(parsed ?? {}, `seed file ${path}`);
}

// packages/sandbox/src/index.ts
import { createServer } from "node:http";

// packages/sandbox/src/clock.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DEFAULT_EPOCH = "2026-11-21T10:00:00Z";
function parseDuration(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`duration must be finite, got ${value}`);
    return value;
  }
  const text = value.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  const consumed = parts.map((p) => p[0]).join("");
  if (parts.length === 0 || consumed.replace(/\s/g, "") !== text.replace(/\s/g, "")) {
    throw new RangeError(`invalid duration "${value}": use e.g. 500ms, 30s, 45m, 2h, 1d or 1h30m`);
  }
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit], 0);
}
function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
var Clock = class {
  #base;
  #realAtBase;
  #ticking;
  constructor(options = {}) {
    this.#ticking = options.ticking ?? false;
    const start = options.start ?? (this.#ticking ? Date.now() : DEFAULT_EPOCH);
    this.#base = toMs(start);
    this.#realAtBase = Date.now();
  }
  /** Current sandbox time in milliseconds since the epoch. */
  nowMs() {
    return this.#ticking ? this.#base + (Date.now() - this.#realAtBase) : this.#base;
  }
  /** Current sandbox time. */
  now() {
    return new Date(this.nowMs());
  }
  /** Current sandbox time as GitHub writes it in JSON. */
  iso() {
    return isoSeconds(this.nowMs());
  }
  /** Moves the clock to `date` (it may go backwards: tests decide). */
  set(date) {
    this.#base = toMs(date);
    this.#realAtBase = Date.now();
    return this.now();
  }
  /** Moves the clock forward by a duration (`90_000`, `'2h'`, `'1d'`). */
  advance(by) {
    const delta = parseDuration(by);
    if (delta < 0) throw new RangeError("advance() moves forward only; use set() to go back");
    return this.set(this.nowMs() + delta);
  }
};
function toMs(value) {
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`invalid date: ${String(value)}`);
  return ms;
}

// packages/sandbox/src/faults.ts
var MESSAGES = {
  400: "Bad Request",
  401: "Bad credentials",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Validation Failed",
  429: "Too Many Requests",
  500: "Server Error",
  502: "Server Error",
  503: "Service Unavailable",
  504: "We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists."
};
var SECONDARY_RATE_LIMIT_MESSAGE = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";
function onlyHolds(fault) {
  return (fault.hold !== void 0 || fault.concurrentWrite !== void 0) && fault.status === void 0 && !fault.secondaryRateLimit && !fault.primaryRateLimit && fault.lostResponse === void 0;
}
function faultAnswer(fault, login) {
  const headers = {};
  if (fault.secondaryRateLimit) {
    headers["retry-after"] = String(fault.retryAfter ?? 60);
    return {
      status: fault.status ?? 403,
      headers,
      body: { message: fault.message ?? SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits", status: String(fault.status ?? 403) }
    };
  }
  if (fault.primaryRateLimit) {
    const reset = Math.floor(Date.now() / 1e3) + (fault.retryAfter ?? 1);
    Object.assign(headers, { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-used": "5000", "x-ratelimit-reset": String(reset), "x-ratelimit-resource": "core" });
    return {
      status: fault.status ?? 403,
      headers,
      body: {
        message: fault.message ?? `API rate limit exceeded for user ID ${login ?? "unknown"}. If you reach out to GitHub Support for help, please include the request ID.`,
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
        status: String(fault.status ?? 403)
      }
    };
  }
  const status = fault.status ?? 500;
  if (fault.retryAfter !== void 0) headers["retry-after"] = String(fault.retryAfter);
  return { status, headers, body: { message: fault.message ?? MESSAGES[status] ?? "Error", documentation_url: "https://docs.github.com/rest", status: String(status) } };
}
function matches(fault, target) {
  if (fault.method && fault.method.toUpperCase() !== target.method) return false;
  if (fault.kind && fault.kind !== target.kind) return false;
  if (fault.operation && fault.operation !== target.operation) return false;
  if (fault.path !== void 0) {
    if (typeof fault.path === "string" ? fault.path !== target.path : !fault.path.test(target.path)) return false;
  }
  return true;
}
var Faults = class {
  #next = 1;
  #active = [];
  /** Makes the next `count` (default 1) matching requests fail; returns the fault. */
  inject(spec) {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new RangeError("fault count must be a positive integer");
    if (spec.status === void 0 && !spec.secondaryRateLimit && !spec.primaryRateLimit && spec.lostResponse === void 0 && spec.hold === void 0 && spec.concurrentWrite === void 0) {
      throw new RangeError("a fault needs a status, a rate limit, a lostResponse, a hold or a concurrentWrite");
    }
    const fault = { ...spec, id: this.#next++, remaining: count };
    this.#active.push(fault);
    return fault;
  }
  /** Faults still armed. */
  get pending() {
    return this.#active.filter((f) => f.remaining > 0);
  }
  /** Consumes the first armed fault matching a request, if any. */
  take(target) {
    const fault = this.#active.find((f) => f.remaining > 0 && matches(f, target));
    if (!fault) return void 0;
    fault.remaining--;
    return fault;
  }
  /** Disarms every fault. */
  clear() {
    this.#active.length = 0;
  }
};

// packages/sandbox/src/graphql.ts
import {
  GraphQLError as GraphQLError2,
  execute,
  getOperationAST,
  parse,
  validate
} from "graphql";

// packages/sandbox/src/rules.ts
function defaultSettings(isPrivate) {
  return { actionsCanCreatePullRequests: true, pushProtection: !isPrivate, protectedBranches: [], workflowStates: {} };
}
function protectionFor(settings, branch, login) {
  const rule = settings.protectedBranches.find((p) => p.branch === branch);
  if (!rule) return void 0;
  if ((rule.bypass ?? []).some((b) => b.toLowerCase() === login.toLowerCase())) return void 0;
  return rule;
}
var RULESET_PULL_REQUEST_MESSAGE = "Repository rule violations found\n\nChanges must be made through a pull request.\n\n";
function contentsProtectionError(rule, verb) {
  if (rule.kind === "ruleset") return new GitHubError(409, RULESET_PULL_REQUEST_MESSAGE);
  return new GitHubError(409, `Could not ${verb} file: Changes must be made through a pull request.`);
}
function refProtectionError(rule) {
  if (rule.kind === "ruleset") return new GitHubError(422, RULESET_PULL_REQUEST_MESSAGE);
  return new GitHubError(422, `Protected branch update failed for refs/heads/${rule.branch}.`);
}
function branchRaceError(branch, actual, expected) {
  return new GitHubError(409, `refs/heads/${branch} is at ${actual} but expected ${expected}`);
}
var SECRET_PATTERNS = [
  { type: "AWS_ACCESS_KEY_ID", pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])/ },
  { type: "GITHUB_PERSONAL_ACCESS_TOKEN", pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { type: "GITHUB_FINE_GRAINED_PERSONAL_ACCESS_TOKEN", pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/ },
  { type: "GITHUB_OAUTH_ACCESS_TOKEN", pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ },
  { type: "GITHUB_APP_INSTALLATION_ACCESS_TOKEN", pattern: /(?<![A-Za-z0-9_])ghs_[A-Za-z0-9]{36}(?![A-Za-z0-9])/ }
];
function findSecrets(content) {
  const text = typeof content === "string" ? content : content.toString("utf8");
  return SECRET_PATTERNS.filter((s) => s.pattern.test(text)).map((s) => s.type);
}
var placeholder = 0;
function pushProtectionError(types) {
  return new GitHubError(409, "Repository rule violations found\n\nPush cannot contain secrets\n\n", {
    extra: {
      metadata: {
        secret_scanning: {
          bypass_placeholders: types.map((type) => ({ placeholder_id: `sandbox-placeholder-${++placeholder}`, token_type: type }))
        }
      }
    }
  });
}
var GRAPHQL_BLOB_TEXT_LIMIT = 512e3;
var CONTENTS_INLINE_LIMIT = 1024 * 1024;
function graphqlBlobText(content) {
  if (content.length <= GRAPHQL_BLOB_TEXT_LIMIT) return { text: content.toString("utf8"), isTruncated: false };
  let end = GRAPHQL_BLOB_TEXT_LIMIT;
  while (end > 0 && (content[end] & 192) === 128) end--;
  return { text: content.subarray(0, end).toString("utf8"), isTruncated: true };
}
function mentionsIn(body) {
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const match of prose.matchAll(/(?<![A-Za-z0-9_`/@])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9][A-Za-z0-9_.-]*))?/g)) {
    if (match[2]) teams.add(`${match[1]}/${match[2]}`.toLowerCase());
    else users.add(match[1].toLowerCase());
  }
  return { users: [...users], teams: [...teams] };
}
var CONTENT_CREATION_LIMITS = { perMinute: 80, perHour: 500 };
var GRAPHQL_TIMEOUT_BODY = {
  data: null,
  errors: [
    {
      message: "Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `SANDBOX` when reporting this issue."
    }
  ]
};
var MAX_TITLE_LENGTH = 256;
var MAX_LABEL_NAME_LENGTH = 50;
var MAX_ASSIGNEES = 10;
var MAX_SEARCH_RESULTS = 1e3;
function length(text) {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
function requireTitleLength(resource, title) {
  if (title === void 0 || length(title) <= MAX_TITLE_LENGTH) return;
  throw validationFailed([{ resource, code: "custom", field: "title", message: `title is too long (maximum is ${MAX_TITLE_LENGTH} characters)` }]);
}
function requireLabelNameLength(name) {
  if (name === void 0 || length(name) <= MAX_LABEL_NAME_LENGTH) return;
  throw validationFailed([{ resource: "Label", code: "custom", field: "name", message: `name is too long (maximum is ${MAX_LABEL_NAME_LENGTH} characters)` }]);
}

// packages/sandbox/src/ids.ts
function nodeId(kind, ...parts) {
  return `${kind}_${Buffer.from(parts.join(":")).toString("base64url")}`;
}
function decodeNodeId(id) {
  const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
  if (!match) return void 0;
  return { kind: match[1], parts: Buffer.from(match[2], "base64url").toString("utf8").split(":") };
}
var IdSequence = class {
  #next;
  constructor(start = 1000001) {
    this.#next = start;
  }
  next() {
    return this.#next++;
  }
};

// packages/sandbox/src/graphql/connections.ts
var PREFIX = "cursor:v2:";
function encodeCursor(index, key) {
  return Buffer.from(`${PREFIX}${index}:${key}`).toString("base64");
}
function invalidCursor(cursor) {
  return new GitHubError(422, `\`${cursor}\` does not appear to be a valid cursor.`, { graphqlType: "INVALID_CURSOR_ARGUMENTS" });
}
function resolveCursor(cursor, keys) {
  const text = Buffer.from(cursor, "base64").toString("utf8");
  if (!text.startsWith(PREFIX)) throw invalidCursor(cursor);
  const rest = text.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  const index = Number(rest.slice(0, colon));
  if (colon < 0 || !Number.isInteger(index)) throw invalidCursor(cursor);
  const current = keys.indexOf(rest.slice(colon + 1));
  return current >= 0 ? current : index;
}
function connection(items, args, key, toNode) {
  const keys = items.map(key);
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, resolveCursor(args.after, keys) + 1);
  if (args.before) end = Math.min(end, resolveCursor(args.before, keys));
  if (end < start) end = start;
  let from = start;
  let to = end;
  for (const [name, value] of [["first", args.first], ["last", args.last]]) {
    if (value !== void 0 && value !== null && value < 0) {
      throw new GitHubError(422, `\`${name}\` must be a non-negative integer.`, { graphqlType: "INVALID_ARGUMENTS" });
    }
  }
  if (args.first !== void 0 && args.first !== null) to = Math.min(to, from + args.first);
  if (args.last !== void 0 && args.last !== null) from = Math.max(from, to - args.last);
  const page = items.slice(from, to).map((item, offset) => ({ cursor: encodeCursor(from + offset, keys[from + offset]), node: toNode(item) }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: to < end || args.before !== void 0 && args.before !== null && end < items.length && args.first == null,
      hasPreviousPage: from > start || args.after !== void 0 && args.after !== null && start > 0 && args.last == null,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null
    },
    nodes: page.map((edge) => edge.node),
    edges: page
  };
}

// packages/sandbox/src/graphql/nodes.ts
var REACTION_ENUM = {
  "+1": "THUMBS_UP",
  "-1": "THUMBS_DOWN",
  laugh: "LAUGH",
  confused: "CONFUSED",
  heart: "HEART",
  hooray: "HOORAY",
  rocket: "ROCKET",
  eyes: "EYES"
};
function reactionFromEnum(value) {
  const found = REACTION_CONTENTS.find((content) => REACTION_ENUM[content] === value);
  if (!found) throw new GitHubError(422, `unknown reaction ${value}`, { graphqlType: "UNPROCESSABLE" });
  return found;
}
var ITEM_TYPE = {
  commented: "ISSUE_COMMENT",
  labeled: "LABELED_EVENT",
  unlabeled: "UNLABELED_EVENT",
  assigned: "ASSIGNED_EVENT",
  unassigned: "UNASSIGNED_EVENT",
  closed: "CLOSED_EVENT",
  reopened: "REOPENED_EVENT",
  renamed: "RENAMED_TITLE_EVENT",
  "cross-referenced": "CROSS_REFERENCED_EVENT",
  merged: "MERGED_EVENT",
  review_requested: "REVIEW_REQUESTED_EVENT",
  review_request_removed: "REVIEW_REQUEST_REMOVED_EVENT"
};
function byCreation(direction) {
  const sign = direction === "DESC" ? -1 : 1;
  return (a, b) => sign * (Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
function bodyText(markdown) {
  return markdown.replace(/<!--[\s\S]*?-->/g, "").replace(/[*_`#>]/g, "").trim();
}
var GraphNodes = class {
  constructor(state, views, viewer) {
    this.state = state;
    this.views = views;
    this.viewer = viewer;
  }
  state;
  views;
  viewer;
  get web() {
    return this.state.urls.web;
  }
  // ---------------------------------------------------------------- accounts
  /** An Actor: a User, a Bot (login without `[bot]`, as GitHub's GraphQL shows it) or an Organization. */
  actor(login) {
    if (login === null) return null;
    const account2 = this.state.findAccount(login);
    if (!account2) return null;
    const common = {
      id: account2.nodeId,
      databaseId: account2.id,
      createdAt: account2.createdAt,
      updatedAt: account2.createdAt,
      avatarUrl: () => `${this.web}/avatars/u/${account2.id}?v=4`
    };
    if (account2.type === "Bot") {
      const login2 = account2.login.replace(/\[bot\]$/, "");
      return { __typename: "Bot", ...common, login: login2, url: `${this.web}/apps/${login2}`, resourcePath: `/apps/${login2}` };
    }
    if (account2.type === "Organization") {
      return { __typename: "Organization", ...common, login: account2.login, name: account2.name, email: account2.email, url: `${this.web}/${account2.login}`, resourcePath: `/${account2.login}` };
    }
    return this.user(account2);
  }
  /** A User object (also what `viewer` is, even for the bot token). */
  user(account2) {
    return {
      __typename: "User",
      id: account2.nodeId,
      databaseId: account2.id,
      login: account2.login,
      name: account2.name,
      email: account2.email ?? "",
      bio: null,
      company: null,
      location: null,
      isSiteAdmin: false,
      isViewer: account2.login === this.viewer.login,
      createdAt: account2.createdAt,
      updatedAt: account2.createdAt,
      url: `${this.web}/${account2.login}`,
      resourcePath: `/${account2.login}`,
      avatarUrl: () => `${this.web}/avatars/u/${account2.id}?v=4`
    };
  }
  /** The User for a login, or null for bots and organizations (fields typed `User`). */
  userOnly(login) {
    const account2 = login ? this.state.findAccount(login) : void 0;
    return account2?.type === "User" ? this.user(account2) : null;
  }
  // ---------------------------------------------------------------- repositories
  /** Finds a repository for the viewer; GitHub's NOT_FOUND when it may not see it. */
  findRepository(owner, name) {
    const repo2 = this.state.findRepo(`${owner}/${name}`);
    const visible = repo2 && this.state.permission(repo2, this.viewer.login) !== "none";
    if (!repo2 || !visible) throw new GitHubError(404, `Could not resolve to a Repository with the name '${owner}/${name}'.`);
    return repo2;
  }
  repository(repo2) {
    const role = this.state.permission(repo2, this.viewer.login);
    return {
      __typename: "Repository",
      id: repo2.nodeId,
      databaseId: repo2.id,
      name: repo2.name,
      nameWithOwner: repo2.fullName,
      owner: this.actor(repo2.owner),
      description: repo2.description,
      url: `${this.web}/${repo2.fullName}`,
      resourcePath: `/${repo2.fullName}`,
      isPrivate: repo2.private,
      visibility: repo2.private ? "PRIVATE" : "PUBLIC",
      isArchived: false,
      isDisabled: false,
      isFork: false,
      isTemplate: false,
      hasIssuesEnabled: true,
      createdAt: repo2.createdAt,
      updatedAt: repo2.updatedAt,
      pushedAt: repo2.pushedAt,
      viewerPermission: role === "none" ? null : role.toUpperCase(),
      viewerCanAdminister: role === "admin",
      defaultBranchRef: () => this.ref(repo2, `refs/heads/${repo2.defaultBranch}`),
      ref: ({ qualifiedName }) => {
        const qualified = qualifiedName.startsWith("refs/") ? qualifiedName : `refs/heads/${qualifiedName}`;
        return repo2.git.refs.has(qualified) ? this.ref(repo2, qualified) : null;
      },
      object: (args) => this.#object(repo2, args),
      labels: (args) => {
        const query = args.query?.toLowerCase();
        let labels = repo2.labels.filter((l) => !query || l.name.toLowerCase().includes(query) || (l.description ?? "").toLowerCase().includes(query));
        if (args.orderBy?.field === "NAME") labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === "DESC") labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo2, l));
      },
      label: ({ name }) => {
        const label = this.state.findLabel(repo2, name);
        return label ? this.label(repo2, label) : null;
      },
      issue: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2 || issue2.pull) throw new GitHubError(404, `Could not resolve to an Issue with the number of ${number}.`);
        return this.issue(repo2, issue2);
      },
      pullRequest: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2?.pull) throw new GitHubError(404, `Could not resolve to a PullRequest with the number of ${number}.`);
        return this.pullRequest(repo2, issue2);
      },
      issueOrPullRequest: ({ number }) => {
        const issue2 = repo2.issues.get(number);
        if (!issue2) throw new GitHubError(404, `Could not resolve to an issue or pull request with the number of ${number}.`);
        return this.issueLike(repo2, issue2);
      },
      issues: (args) => this.#issues(repo2, args),
      pullRequests: (args) => this.#pulls(repo2, args)
    };
  }
  /** Issues or pull requests, filtered and ordered as `Repository.issues` does. */
  #issues(repo2, args) {
    const filter = args.filterBy ?? {};
    const states = args.states ?? filter.states ?? null;
    const labels = (args.labels ?? filter.labels ?? null)?.map((l) => l.toLowerCase()) ?? null;
    const since = filter.since ? Date.parse(filter.since) : void 0;
    let issues = [...repo2.issues.values()].filter((issue2) => {
      if (issue2.pull) return false;
      if (states && !states.includes(issue2.state.toUpperCase())) return false;
      if (labels && !issue2.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      if (since !== void 0 && Date.parse(issue2.updatedAt) < since) return false;
      if (filter.createdBy && issue2.author.toLowerCase() !== filter.createdBy.toLowerCase()) return false;
      if (filter.assignee && !issue2.assignees.some((a) => a.toLowerCase() === filter.assignee.toLowerCase())) return false;
      if (filter.mentioned && !new RegExp(`@${filter.mentioned}\\b`, "i").test(issue2.body ?? "")) return false;
      return true;
    });
    issues = sortIssues(issues, args.orderBy);
    return connection(issues, args, (i) => String(i.number), (i) => this.issue(repo2, i));
  }
  #pulls(repo2, args) {
    const labels = args.labels?.map((l) => l.toLowerCase()) ?? null;
    let pulls = [...repo2.issues.values()].filter((i) => {
      if (!i.pull) return false;
      const state = i.pull.merged ? "MERGED" : i.state.toUpperCase();
      if (args.states && !args.states.includes(state)) return false;
      if (args.headRefName && i.pull.headRef !== args.headRefName) return false;
      if (args.baseRefName && i.pull.baseRef !== args.baseRefName) return false;
      if (labels && !i.labels.some((l) => labels.includes(l.toLowerCase()))) return false;
      return true;
    });
    pulls = sortIssues(pulls, args.orderBy);
    return connection(pulls, args, (i) => String(i.number), (i) => this.pullRequest(repo2, i));
  }
  // ---------------------------------------------------------------- git
  ref(repo2, qualified) {
    const sha = repo2.git.refs.get(qualified);
    if (!sha) return null;
    const slash = qualified.indexOf("/", "refs/".length);
    return {
      __typename: "Ref",
      id: nodeId("REF", repo2.id, qualified),
      name: qualified.slice(slash + 1),
      prefix: qualified.slice(0, slash + 1),
      target: () => this.gitObject(repo2, sha),
      repository: () => this.repository(repo2),
      associatedPullRequests: (args) => this.#pulls(repo2, { ...args, headRefName: qualified.startsWith("refs/heads/") ? qualified.slice("refs/heads/".length) : "\0" })
    };
  }
  /** `Repository.object(expression: "main:path/to/file" | oid)`. */
  #object(repo2, args) {
    if (args.oid) return repo2.git.get(args.oid) ? this.gitObject(repo2, args.oid) : null;
    const expression = args.expression ?? "";
    const colon = expression.indexOf(":");
    const rev = colon < 0 ? expression : expression.slice(0, colon);
    const commitSha = this.state.resolveCommitish(repo2, rev === "HEAD" || rev === "" ? repo2.defaultBranch : rev);
    if (!commitSha) return null;
    if (colon < 0) return this.gitObject(repo2, commitSha);
    const entry = repo2.git.lookup(repo2.git.getCommit(commitSha).tree, expression.slice(colon + 1));
    return entry ? this.gitObject(repo2, entry.sha, commitSha) : null;
  }
  /** A Commit, Tree or Blob by oid. */
  gitObject(repo2, sha, commitSha) {
    const object = repo2.git.get(sha);
    if (!object) return null;
    const commitUrl = `${this.web}/${repo2.fullName}/commit/${commitSha ?? sha}`;
    const common = { oid: sha, abbreviatedOid: sha.slice(0, 7), repository: () => this.repository(repo2), commitUrl, commitResourcePath: new URL(commitUrl).pathname };
    if (object.type === "blob") {
      const isBinary = object.content.includes(0);
      const { text, isTruncated } = graphqlBlobText(object.content);
      return {
        __typename: "Blob",
        id: nodeId("B", repo2.id, sha),
        ...common,
        byteSize: object.content.length,
        isBinary,
        isTruncated: isBinary ? false : isTruncated,
        text: isBinary ? null : text
      };
    }
    if (object.type === "tree") {
      return {
        __typename: "Tree",
        id: nodeId("T", repo2.id, sha),
        ...common,
        entries: object.entries.map((entry) => ({
          name: entry.name,
          nameRaw: Buffer.from(entry.name).toString("base64"),
          path: entry.name,
          pathRaw: Buffer.from(entry.name).toString("base64"),
          type: entry.type,
          mode: parseInt(entry.mode, 8),
          oid: entry.sha,
          extension: entry.type === "blob" && entry.name.includes(".") ? entry.name.slice(entry.name.lastIndexOf(".")) : null,
          isGenerated: false,
          size: entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.length ?? 0 : 0,
          lineCount: entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.toString("utf8").split("\n").length ?? 0 : null,
          submodule: null,
          language: null,
          object: () => this.gitObject(repo2, entry.sha, commitSha),
          repository: () => this.repository(repo2)
        }))
      };
    }
    const commit = object;
    const [headline = "", ...rest] = commit.message.split("\n");
    const gitActor = (who) => ({
      name: who.name,
      email: who.email,
      date: who.date,
      user: this.#userByEmail(who.email),
      avatarUrl: () => `${this.web}/avatars/u/0?v=4`
    });
    return {
      __typename: "Commit",
      id: nodeId("C", repo2.id, sha),
      ...common,
      commitUrl: `${this.web}/${repo2.fullName}/commit/${sha}`,
      url: `${this.web}/${repo2.fullName}/commit/${sha}`,
      resourcePath: `/${repo2.fullName}/commit/${sha}`,
      message: commit.message,
      messageHeadline: headline,
      messageBody: rest.join("\n").trim(),
      committedDate: commit.committer.date,
      authoredDate: commit.author.date,
      author: gitActor(commit.author),
      committer: gitActor(commit.committer),
      tree: () => this.gitObject(repo2, commit.tree, sha),
      parents: (args) => connection(commit.parents, args, (p) => p, (p) => this.gitObject(repo2, p))
    };
  }
  #userByEmail(email) {
    for (const account2 of this.state.accounts.values()) {
      if (account2.type !== "User") continue;
      if (account2.email === email || `${account2.id}+${account2.login}@users.noreply.github.com` === email) return this.user(account2);
    }
    return null;
  }
  // ---------------------------------------------------------------- labels, reactions
  label(repo2, label) {
    return {
      __typename: "Label",
      id: label.nodeId,
      name: label.name,
      color: label.color,
      description: label.description,
      isDefault: label.isDefault,
      createdAt: label.createdAt,
      updatedAt: label.updatedAt,
      url: `${this.web}/${repo2.fullName}/labels/${encodeURIComponent(label.name)}`,
      resourcePath: `/${repo2.fullName}/labels/${encodeURIComponent(label.name)}`,
      repository: () => this.repository(repo2)
    };
  }
  /** A label as an event saw it (the label may have been renamed or deleted since). */
  #eventLabel(repo2, snapshot) {
    const label = this.state.findLabel(repo2, snapshot.name);
    if (label) return this.label(repo2, label);
    const ghost = {
      id: 0,
      nodeId: nodeId("LA", repo2.id, snapshot.name),
      name: snapshot.name,
      color: snapshot.color,
      description: null,
      isDefault: false,
      createdAt: repo2.createdAt,
      updatedAt: repo2.createdAt
    };
    return this.label(repo2, ghost);
  }
  reaction(reaction, subject) {
    return {
      __typename: "Reaction",
      id: reaction.nodeId,
      databaseId: reaction.id,
      content: REACTION_ENUM[reaction.content],
      createdAt: reaction.createdAt,
      user: this.userOnly(reaction.user),
      reactable: subject
    };
  }
  /** `reactions`, `reactionGroups` and `viewerCanReact` of a Reactable. */
  #reactable(reactions, self) {
    return {
      viewerCanReact: true,
      reactions: (args) => {
        const list = reactions.filter((r) => !args.content || REACTION_ENUM[r.content] === args.content);
        return connection(list, args, (r) => String(r.id), (r) => this.reaction(r, self));
      },
      reactionGroups: () => REACTION_CONTENTS.map((content) => {
        const group = reactions.filter((r) => r.content === content);
        return {
          content: REACTION_ENUM[content],
          createdAt: group[0]?.createdAt ?? null,
          viewerHasReacted: group.some((r) => r.user === this.viewer.login),
          subject: self,
          reactors: (args) => connection(group, args, (r) => String(r.id), (r) => this.actor(r.user)),
          users: (args) => connection(group.filter((r) => this.userOnly(r.user)), args, (r) => String(r.id), (r) => this.userOnly(r.user))
        };
      })
    };
  }
  // ---------------------------------------------------------------- issues and pull requests
  /** An Issue or a PullRequest, whichever this number is. */
  issueLike(repo2, issue2) {
    return issue2.pull ? this.pullRequest(repo2, issue2) : this.issue(repo2, issue2);
  }
  /** Fields Issue and PullRequest share. */
  #issueFields(repo2, issue2, self) {
    const isViewerAuthor = issue2.author === this.viewer.login;
    const canTriage = ["triage", "write", "maintain", "admin"].includes(this.state.permission(repo2, this.viewer.login));
    const html = this.views.issueHtmlUrl(repo2, issue2);
    return {
      number: issue2.number,
      title: issue2.title,
      titleHTML: issue2.title,
      body: issue2.body ?? "",
      bodyText: bodyText(issue2.body ?? ""),
      url: html,
      resourcePath: new URL(html).pathname,
      closed: issue2.state === "closed",
      closedAt: issue2.closedAt,
      createdAt: issue2.createdAt,
      updatedAt: issue2.updatedAt,
      publishedAt: issue2.createdAt,
      lastEditedAt: null,
      locked: issue2.locked,
      activeLockReason: null,
      author: () => this.actor(issue2.author),
      authorAssociation: this.views.authorAssociation(repo2, issue2.author),
      editor: null,
      includesCreatedEdit: false,
      createdViaEmail: false,
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canTriage,
      viewerCanClose: isViewerAuthor || canTriage,
      viewerCanReopen: isViewerAuthor || canTriage,
      viewerCanDelete: this.state.permission(repo2, this.viewer.login) === "admin",
      milestone: null,
      repository: () => this.repository(repo2),
      labels: (args) => {
        let labels = this.state.issueLabels(repo2, issue2);
        if (args.orderBy?.field === "NAME") labels = [...labels].sort((a, b) => a.name.localeCompare(b.name));
        if (args.orderBy?.direction === "DESC") labels = [...labels].reverse();
        return connection(labels, args, (l) => String(l.id), (l) => this.label(repo2, l));
      },
      assignees: (args) => connection(issue2.assignees, args, (a) => a, (a) => this.userOnly(a)),
      participants: (args) => {
        const logins = [.../* @__PURE__ */ new Set([issue2.author, ...this.state.listComments(repo2, issue2).map((c) => c.author)])];
        const users = logins.filter((l) => this.userOnly(l));
        return connection(users, args, (l) => l, (l) => this.userOnly(l));
      },
      comments: (args) => {
        const comments = [...this.state.listComments(repo2, issue2)].sort(byCreation(args.orderBy?.direction ?? void 0));
        return connection(comments, args, (c) => String(c.id), (c) => this.comment(repo2, c));
      },
      ...this.#reactable(issue2.reactions, self)
    };
  }
  issue(repo2, issue2) {
    const self = () => this.issue(repo2, issue2);
    return {
      __typename: "Issue",
      id: issue2.nodeId,
      databaseId: issue2.id,
      fullDatabaseId: String(issue2.id),
      ...this.#issueFields(repo2, issue2, self),
      state: issue2.state.toUpperCase(),
      stateReason: issue2.stateReason ? issue2.stateReason.toUpperCase() : null,
      isPinned: false,
      timelineItems: (args) => this.#timeline(repo2, issue2, args)
    };
  }
  pullRequest(repo2, pull2) {
    const self = () => this.pullRequest(repo2, pull2);
    const baseTip = repo2.git.refs.get(`refs/heads/${pull2.pull.baseRef}`) ?? pull2.pull.headSha;
    const files = () => this.state.pullFiles(repo2, pull2);
    const rest = () => this.views.pull(repo2, pull2, true);
    return {
      __typename: "PullRequest",
      id: pull2.pullNodeId,
      databaseId: pull2.pullId,
      fullDatabaseId: String(pull2.pullId),
      ...this.#issueFields(repo2, pull2, self),
      state: pull2.pull.merged ? "MERGED" : pull2.state.toUpperCase(),
      merged: pull2.pull.merged,
      mergedAt: pull2.pull.mergedAt,
      mergedBy: () => this.actor(pull2.pull.mergedBy),
      mergeCommit: () => pull2.pull.mergeCommitSha ? this.gitObject(repo2, pull2.pull.mergeCommitSha) : null,
      mergeable: () => pull2.state !== "open" ? "UNKNOWN" : rest().mergeable === false ? "CONFLICTING" : "MERGEABLE",
      headRefName: pull2.pull.headRef,
      headRefOid: pull2.pull.headSha,
      baseRefName: pull2.pull.baseRef,
      baseRefOid: baseTip,
      headRepository: () => this.repository(repo2),
      baseRepository: () => this.repository(repo2),
      isDraft: pull2.pull.draft,
      permalink: this.views.issueHtmlUrl(repo2, pull2),
      changedFiles: () => files().length,
      additions: () => files().reduce((sum, f) => sum + f.additions, 0),
      deletions: () => files().reduce((sum, f) => sum + f.deletions, 0),
      files: (args) => connection(files(), args, (f) => f.path, (f) => ({
        path: f.path,
        additions: f.additions,
        deletions: f.deletions,
        changeType: f.status === "added" ? "ADDED" : f.status === "removed" ? "DELETED" : "MODIFIED",
        viewerViewedState: "UNVIEWED"
      })),
      reviewRequests: (args) => connection(pull2.pull.requestedReviewers, args, (login) => login, (login) => ({
        id: nodeId("EV", pull2.pullId ?? 0, login),
        databaseId: null,
        asCodeOwner: false,
        requestedReviewer: this.actor(login),
        pullRequest: self
      })),
      timelineItems: (args) => this.#timeline(repo2, pull2, args)
    };
  }
  // ---------------------------------------------------------------- comments
  comment(repo2, comment2) {
    const self = () => this.comment(repo2, comment2);
    const issue2 = repo2.issues.get(comment2.issueNumber);
    const isViewerAuthor = comment2.author === this.viewer.login;
    const canWrite = ["write", "maintain", "admin"].includes(this.state.permission(repo2, this.viewer.login));
    const issueHtml = issue2 ? this.views.issueHtmlUrl(repo2, issue2) : `${this.web}/${repo2.fullName}/issues/${comment2.issueNumber}`;
    const url = `${issueHtml}#issuecomment-${comment2.id}`;
    return {
      __typename: "IssueComment",
      id: comment2.nodeId,
      databaseId: comment2.id,
      fullDatabaseId: String(comment2.id),
      url,
      resourcePath: new URL(url).pathname + new URL(url).hash,
      body: comment2.body,
      bodyText: bodyText(comment2.body),
      createdAt: comment2.createdAt,
      updatedAt: comment2.updatedAt,
      publishedAt: comment2.createdAt,
      lastEditedAt: comment2.lastEditedAt,
      includesCreatedEdit: comment2.lastEditedAt !== null,
      createdViaEmail: false,
      author: () => this.actor(comment2.author),
      authorAssociation: this.views.authorAssociation(repo2, comment2.author),
      editor: () => comment2.lastEditedAt ? this.actor(comment2.author) : null,
      viewerDidAuthor: isViewerAuthor,
      viewerCanUpdate: isViewerAuthor || canWrite,
      viewerCanDelete: isViewerAuthor || canWrite,
      viewerCanMinimize: canWrite,
      isMinimized: false,
      minimizedReason: null,
      issue: () => issue2 ? this.issue(repo2, issue2) : null,
      pullRequest: () => issue2?.pull ? this.pullRequest(repo2, issue2) : null,
      repository: () => this.repository(repo2),
      ...this.#reactable(comment2.reactions, self)
    };
  }
  // ---------------------------------------------------------------- timeline
  #timeline(repo2, issue2, args) {
    const types = args.itemTypes ?? null;
    const since = args.since ? Date.parse(args.since) : void 0;
    const typed = issue2.timeline.filter((e) => this.#timelineItemExists(repo2, e) && (!types || types.includes(ITEM_TYPE[e.event])));
    const filtered = typed.filter((e) => since === void 0 || Date.parse(e.createdAt) >= since).slice(args.skip ?? 0);
    const result = connection(filtered, args, (e) => String(e.id), (e) => this.timelineItem(repo2, issue2, e));
    return {
      ...result,
      totalCount: typed.length,
      filteredCount: filtered.length,
      pageCount: result.nodes.length,
      updatedAt: issue2.updatedAt
    };
  }
  #timelineItemExists(repo2, event) {
    if (event.event === "commented") return repo2.comments.has(event.commentId);
    if (event.event === "cross-referenced") return Boolean(this.state.findRepo(event.source.repo)?.issues.get(event.source.number));
    return true;
  }
  /** One timeline item as its GraphQL event type. */
  timelineItem(repo2, issue2, event) {
    const subject = () => this.issueLike(repo2, issue2);
    const common = { id: event.nodeId, createdAt: event.createdAt, actor: () => this.actor(event.actor) };
    const html = this.views.issueHtmlUrl(repo2, issue2);
    const eventUrl = `${html}#event-${event.id}`;
    switch (event.event) {
      case "commented":
        return this.comment(repo2, repo2.comments.get(event.commentId));
      case "labeled":
      case "unlabeled":
        return { __typename: event.event === "labeled" ? "LabeledEvent" : "UnlabeledEvent", ...common, label: this.#eventLabel(repo2, event.label), labelable: subject };
      case "assigned":
      case "unassigned":
        return {
          __typename: event.event === "assigned" ? "AssignedEvent" : "UnassignedEvent",
          ...common,
          assignee: () => this.actor(event.assignee),
          user: () => this.userOnly(event.assignee),
          assignable: subject
        };
      case "closed":
        return {
          __typename: "ClosedEvent",
          ...common,
          closable: subject,
          // Closed by a merged pull request ("Fixes #n"): GitHub names the pull request.
          closer: () => {
            const pull2 = event.closer ? this.state.findRepo(event.closer.repo)?.issues.get(event.closer.number) : void 0;
            if (pull2?.pull) return this.pullRequest(this.state.findRepo(event.closer.repo), pull2);
            return event.commitId ? this.gitObject(repo2, event.commitId) : null;
          },
          stateReason: event.stateReason ? event.stateReason.toUpperCase() : null,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      case "reopened":
        return { __typename: "ReopenedEvent", ...common, closable: subject, stateReason: "REOPENED" };
      case "renamed":
        return { __typename: "RenamedTitleEvent", ...common, previousTitle: event.from, currentTitle: event.to, subject };
      case "cross-referenced": {
        const sourceRepo = this.state.findRepo(event.source.repo);
        const source = sourceRepo.issues.get(event.source.number);
        return {
          __typename: "CrossReferencedEvent",
          ...common,
          referencedAt: event.createdAt,
          isCrossRepository: sourceRepo !== repo2,
          willCloseTarget: false,
          source: () => this.issueLike(sourceRepo, source),
          target: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      }
      case "merged":
        return {
          __typename: "MergedEvent",
          ...common,
          commit: () => this.gitObject(repo2, event.commitId),
          mergeRefName: issue2.pull?.baseRef ?? repo2.defaultBranch,
          mergeRef: () => this.ref(repo2, `refs/heads/${issue2.pull?.baseRef ?? repo2.defaultBranch}`),
          pullRequest: subject,
          url: eventUrl,
          resourcePath: new URL(eventUrl).pathname
        };
      case "review_requested":
      case "review_request_removed":
        return {
          __typename: event.event === "review_requested" ? "ReviewRequestedEvent" : "ReviewRequestRemovedEvent",
          ...common,
          requestedReviewer: () => this.actor(event.reviewer),
          pullRequest: subject
        };
    }
  }
  // ---------------------------------------------------------------- global ids
  /** Resolves a global node id for `node(id:)` and mutations; GitHub's NOT_FOUND otherwise. */
  resolveNode(id) {
    const decoded = decodeNodeId(id);
    const fail = () => new GitHubError(404, `Could not resolve to a node with the global id of '${id}'`);
    if (!decoded) throw fail();
    const { kind, parts } = decoded;
    const numeric = Number(parts[0]);
    const visible = (repo2) => this.state.permission(repo2, this.viewer.login) !== "none";
    for (const repo2 of this.state.repos.values()) {
      if (!visible(repo2)) continue;
      if (kind === "R" && repo2.id === numeric) return { repo: repo2, object: this.repository(repo2) };
      if (kind === "I" || kind === "PR") {
        const issue2 = [...repo2.issues.values()].find((i) => (kind === "I" ? i.id : i.pullId) === numeric);
        if (issue2) return { repo: repo2, issue: issue2, object: kind === "PR" ? this.pullRequest(repo2, issue2) : this.issue(repo2, issue2) };
      }
      if (kind === "IC") {
        const comment2 = repo2.comments.get(numeric);
        if (comment2) return { repo: repo2, comment: comment2, object: this.comment(repo2, comment2) };
      }
      if (kind === "LA") {
        const label = repo2.labels.find((l) => l.id === numeric);
        if (label) return { repo: repo2, label, object: this.label(repo2, label) };
      }
    }
    if (kind === "U" || kind === "BOT" || kind === "O") {
      const account2 = [...this.state.accounts.values()].find((a) => a.id === numeric);
      const object = account2 ? this.actor(account2.login) : null;
      if (account2 && object) return { account: account2, object };
    }
    throw fail();
  }
  /** `node(id:)` answers null for an unknown id, with GitHub's NOT_FOUND error. */
  node(id) {
    return this.resolveNode(id).object;
  }
  /** The account behind a user node id (for assigneeIds). */
  accountForNode(id) {
    const { account: account2 } = this.resolveNode(id);
    if (!account2) throw notFound(`Could not resolve to a User with the global id of '${id}'`);
    return account2;
  }
  /**
   * The viewer as `Query.viewer` shows it: always a User, so for the workflow token GitHub answers
   * the login with its `[bot]` suffix (unlike Actor fields, where the bot is `github-actions`).
   */
  viewerObject() {
    return this.user(this.viewer);
  }
};
function sortIssues(issues, orderBy) {
  const field = orderBy?.field ?? "CREATED_AT";
  const sign = orderBy?.direction === "DESC" ? -1 : 1;
  const key = (i) => field === "UPDATED_AT" ? Date.parse(i.updatedAt) : field === "COMMENTS" ? i.commentIds.length : Date.parse(i.createdAt);
  return [...issues].sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
}

// packages/sandbox/src/graphql/limits.ts
import {
  Kind,
  TypeInfo,
  getNamedType,
  isObjectType,
  visit,
  visitWithTypeInfo
} from "graphql";
var MAX_PAGE = 100;
function selectsAny(selectionSet, names, fragments, seen = /* @__PURE__ */ new Set()) {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && names.has(selection.name.value)) return true;
    if (selection.kind === Kind.INLINE_FRAGMENT && selectsAny(selection.selectionSet, names, fragments, seen)) return true;
    if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      if (selectsAny(fragments.get(selection.name.value)?.selectionSet, names, fragments, seen)) return true;
    }
  }
  return false;
}
function argumentValue(node, variables) {
  if (!node) return void 0;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.NULL) return null;
  return void 0;
}
function paginationErrors(schema, document, variables) {
  const fragments = /* @__PURE__ */ new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const errors = [];
  const typeInfo = new TypeInfo(schema);
  const path = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter(node) {
          path.push(node.operation);
        },
        leave() {
          path.pop();
        }
      },
      Field: {
        enter(node) {
          path.push(node.alias?.value ?? node.name.value);
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : void 0;
          if (!named || !isObjectType(named) || !named.name.endsWith("Connection")) return;
          const fields = named.getFields();
          if (!("nodes" in fields) && !("edges" in fields)) return;
          if (!selectsAny(node.selectionSet, /* @__PURE__ */ new Set(["nodes", "edges"]), fragments)) return;
          const arg = (name) => argumentValue(node.arguments?.find((a) => a.name.value === name)?.value, variables);
          const first = arg("first");
          const last = arg("last");
          const location = node.loc ? [{ line: node.loc.startToken.line, column: node.loc.startToken.column }] : void 0;
          const where = { path: [...path], ...location ? { locations: location } : {} };
          if ((first === void 0 || first === null) && (last === void 0 || last === null)) {
            errors.push({
              type: "MISSING_PAGINATION_BOUNDARIES",
              ...where,
              message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${node.name.value}\` connection.`
            });
            return;
          }
          for (const [name, value] of [["first", first], ["last", last]]) {
            if (typeof value === "number" && value > MAX_PAGE) {
              errors.push({
                type: "EXCESSIVE_PAGINATION",
                ...where,
                message: `Requesting ${value} records on the \`${node.name.value}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`
              });
            }
          }
        },
        leave() {
          path.pop();
        }
      }
    })
  );
  return errors;
}
function requestedNodes(schema, document, variables) {
  const typeInfo = new TypeInfo(schema);
  const multipliers = [1];
  let total = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const type = typeInfo.getType();
          const named = type ? getNamedType(type) : void 0;
          const isConnection = named !== void 0 && isObjectType(named) && named.name.endsWith("Connection");
          const arg = (name) => argumentValue(node.arguments?.find((a) => a.name.value === name)?.value, variables);
          const size = isConnection ? Number(arg("first") ?? arg("last") ?? 0) || 0 : 1;
          const scale = multipliers[multipliers.length - 1] * size;
          if (isConnection) total += scale;
          multipliers.push(scale);
        },
        leave() {
          multipliers.pop();
        }
      }
    })
  );
  return total;
}

// packages/sandbox/src/graphql/root.ts
function mutationId(input) {
  return input.clientMutationId ?? null;
}
function wrongKind(id, expected) {
  return new GitHubError(422, `Could not resolve to ${expected} with the global id of '${id}'`, { graphqlType: "NOT_FOUND" });
}
function unsearchable() {
  return new GitHubError(
    422,
    "The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.",
    { graphqlType: "INVALID" }
  );
}
var SEARCH_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;
function dateBound(text, end) {
  if (text === "*") return end === "start" ? -Infinity : Infinity;
  const match = SEARCH_DATE.exec(text);
  if (!match) return void 0;
  if (match[2]) return Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(match[2]) ? text : `${text}Z`);
  const day = Date.parse(`${match[1]}T00:00:00Z`);
  return end === "start" ? day : day + 864e5 - 1;
}
function dateRange(value) {
  const dots = value.indexOf("..");
  if (dots >= 0) {
    const from = dateBound(value.slice(0, dots), "start");
    const to = dateBound(value.slice(dots + 2), "end");
    return from === void 0 || to === void 0 ? void 0 : { from, to };
  }
  const op = /^(>=|<=|>|<)?(.*)$/.exec(value);
  const start = dateBound(op[2], "start");
  const end = dateBound(op[2], "end");
  if (start === void 0 || end === void 0) return void 0;
  switch (op[1]) {
    case ">=":
      return { from: start, to: Infinity };
    case ">":
      return { from: end + 1, to: Infinity };
    case "<=":
      return { from: -Infinity, to: end };
    case "<":
      return { from: -Infinity, to: start - 1 };
    case void 0:
    default:
      return { from: start, to: end };
  }
}
function within(at, range) {
  if (range === void 0) return true;
  if (range === null || at === null) return false;
  const ms = Date.parse(at);
  return ms >= range.from && ms <= range.to;
}
function searchIssues(nodes, query) {
  const tokens = query.match(/(?:[^\s"]+:"[^"]*"|"[^"]*"|\S+)/g) ?? [];
  const repos = [];
  const labels = [];
  const text = [];
  let state;
  let kind;
  let author;
  let assignee;
  let sort = "created-desc";
  const dates = {
    merged: void 0,
    created: void 0,
    closed: void 0,
    updated: void 0
  };
  for (const token of tokens) {
    const [key2, ...rest] = token.split(":");
    const value = rest.join(":").replace(/^"|"$/g, "");
    if (rest.length === 0) text.push(token.replace(/^"|"$/g, "").toLowerCase());
    else if (key2 === "repo") repos.push(value.toLowerCase());
    else if (key2 === "label") labels.push(value.toLowerCase());
    else if (key2 === "is" && (value === "open" || value === "closed" || value === "merged")) state = value;
    else if (key2 === "is" && (value === "issue" || value === "pr")) kind = value;
    else if (key2 === "type" && (value === "issue" || value === "pr")) kind = value;
    else if (key2 === "state") state = value;
    else if (key2 === "author") author = value.toLowerCase();
    else if (key2 === "assignee") assignee = value.toLowerCase();
    else if (key2 === "sort") sort = value;
    else if (key2 === "merged" || key2 === "created" || key2 === "closed" || key2 === "updated") dates[key2] = dateRange(value) ?? null;
  }
  if (repos.length > 0) {
    const visible = repos.filter((name) => {
      const repo2 = nodes.state.findRepo(name);
      return repo2 !== void 0 && nodes.state.permission(repo2, nodes.viewer.login) !== "none";
    });
    if (visible.length === 0) throw unsearchable();
  }
  const results = [];
  for (const repo2 of nodes.state.repos.values()) {
    if (repos.length > 0 && !repos.includes(repo2.fullName.toLowerCase())) continue;
    if (nodes.state.permission(repo2, nodes.viewer.login) === "none") continue;
    for (const issue2 of repo2.issues.values()) {
      if (kind === "issue" && issue2.pull) continue;
      if (kind === "pr" && !issue2.pull) continue;
      if (state === "merged" ? !issue2.pull?.merged : state !== void 0 && issue2.state !== state) continue;
      if (!labels.every((l) => issue2.labels.some((name) => name.toLowerCase() === l))) continue;
      if (author && issue2.author.toLowerCase() !== author) continue;
      if (assignee && !issue2.assignees.some((a) => a.toLowerCase() === assignee)) continue;
      if (dates.merged !== void 0 && !within(issue2.pull?.mergedAt ?? null, dates.merged)) continue;
      if (!within(issue2.createdAt, dates.created) || !within(issue2.closedAt, dates.closed) || !within(issue2.updatedAt, dates.updated)) continue;
      const haystack = `${issue2.title}
${issue2.body ?? ""}`.toLowerCase();
      if (!text.every((t) => haystack.includes(t))) continue;
      results.push({ repo: repo2, issue: issue2 });
    }
  }
  const [field = "created", direction = "desc"] = sort.split("-");
  const key = ({ issue: issue2 }) => field === "updated" ? Date.parse(issue2.updatedAt) : field === "comments" ? issue2.commentIds.length : Date.parse(issue2.createdAt);
  const sign = direction === "asc" ? 1 : -1;
  return results.sort((a, b) => sign * (key(a) - key(b) || a.issue.number - b.issue.number));
}
function queryRoot(nodes) {
  const { state, viewer } = nodes;
  return {
    viewer: () => nodes.viewerObject(),
    rateLimit: () => {
      const budget = state.rateLimits.snapshot(viewer).graphql;
      return {
        cost: 1,
        limit: budget.limit,
        nodeCount: 0,
        remaining: budget.remaining,
        used: budget.used,
        resetAt: new Date(budget.reset * 1e3).toISOString().replace(".000Z", "Z")
      };
    },
    repository: ({ owner, name }) => nodes.repository(nodes.findRepository(owner, name)),
    node: ({ id }) => nodes.node(id),
    nodes: ({ ids }) => ids.map((id) => () => nodes.node(id)),
    user: ({ login }) => {
      const account2 = state.findAccount(login);
      if (!account2 || account2.type !== "User") throw new GitHubError(404, `Could not resolve to a User with the login of '${login}'.`);
      return nodes.user(account2);
    },
    organization: ({ login }) => {
      const account2 = state.findAccount(login);
      if (!account2 || account2.type !== "Organization") throw new GitHubError(404, `Could not resolve to an Organization with the login of '${login}'.`);
      return nodes.actor(account2.login);
    },
    repositoryOwner: ({ login }) => {
      const account2 = state.findAccount(login);
      return account2 && account2.type !== "Bot" ? nodes.actor(account2.login) : null;
    },
    search: (args) => {
      const all = args.type === "ISSUE" ? searchIssues(nodes, args.query) : [];
      const found = all.slice(0, MAX_SEARCH_RESULTS);
      const result = connection(found, args, ({ repo: repo2, issue: issue2 }) => `${repo2.id}/${issue2.number}`, ({ repo: repo2, issue: issue2 }) => nodes.issueLike(repo2, issue2));
      return { ...result, issueCount: all.length, codeCount: 0, discussionCount: 0, repositoryCount: 0, userCount: 0, wikiCount: 0 };
    }
  };
}
function mutationRoot(nodes) {
  const { state, viewer } = nodes;
  const issueTarget = (id) => {
    const found = nodes.resolveNode(id);
    if (!found.repo || !found.issue) throw wrongKind(id, "an Issue or PullRequest");
    return { repo: found.repo, issue: found.issue };
  };
  const labelIds = (repo2, ids) => ids.map((id) => {
    const found = nodes.resolveNode(id);
    if (!found.label || found.repo !== repo2) throw wrongKind(id, "a Label");
    return found.label.name;
  });
  const accounts = (ids) => ids.map((id) => nodes.accountForNode(id));
  return {
    addComment: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.subjectId);
      const comment2 = state.addComment(repo2, viewer, issue2.number, input.body);
      const event = issue2.timeline[issue2.timeline.length - 1];
      const node = nodes.comment(repo2, comment2);
      return {
        clientMutationId: mutationId(input),
        commentEdge: { cursor: encodeCursor(issue2.commentIds.length - 1, String(comment2.id)), node },
        subject: nodes.issueLike(repo2, issue2),
        timelineEdge: { cursor: encodeCursor(issue2.timeline.length - 1, String(event.id)), node }
      };
    },
    updateIssueComment: ({ input }) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, "an IssueComment");
      const comment2 = state.updateComment(found.repo, viewer, found.comment.id, input.body);
      return { clientMutationId: mutationId(input), issueComment: nodes.comment(found.repo, comment2) };
    },
    deleteIssueComment: ({ input }) => {
      const found = nodes.resolveNode(input.id);
      if (!found.repo || !found.comment) throw wrongKind(input.id, "an IssueComment");
      state.deleteComment(found.repo, viewer, found.comment.id);
      return { clientMutationId: mutationId(input) };
    },
    addReaction: ({ input }) => reaction(input, "add"),
    removeReaction: ({ input }) => reaction(input, "remove"),
    addLabelsToLabelable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.labelableId);
      state.addLabels(repo2, viewer, issue2.number, labelIds(repo2, input.labelIds));
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo2, issue2) };
    },
    removeLabelsFromLabelable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.labelableId);
      for (const name of labelIds(repo2, input.labelIds)) {
        if (issue2.labels.includes(name)) state.removeLabel(repo2, viewer, issue2.number, name);
      }
      return { clientMutationId: mutationId(input), labelable: nodes.issueLike(repo2, issue2) };
    },
    addAssigneesToAssignable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.assignableId);
      state.addAssignees(repo2, viewer, issue2.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo2, issue2) };
    },
    removeAssigneesFromAssignable: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.assignableId);
      state.removeAssignees(repo2, viewer, issue2.number, accounts(input.assigneeIds).map((a) => a.login));
      return { clientMutationId: mutationId(input), assignable: nodes.issueLike(repo2, issue2) };
    },
    closeIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.issueId);
      if (issue2.pull) throw wrongKind(input.issueId, "an Issue");
      state.closeIssue(repo2, viewer, issue2.number, input.stateReason === "NOT_PLANNED" ? "not_planned" : "completed");
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    reopenIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.issueId);
      if (issue2.pull) throw wrongKind(input.issueId, "an Issue");
      state.reopenIssue(repo2, viewer, issue2.number);
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    updateIssue: ({ input }) => {
      const { repo: repo2, issue: issue2 } = issueTarget(input.id);
      if (issue2.pull) throw wrongKind(input.id, "an Issue");
      state.updateIssue(repo2, viewer, issue2.number, {
        ...input.title != null ? { title: input.title } : {},
        ...input.body != null ? { body: input.body } : {},
        ...input.state ? { state: input.state === "CLOSED" ? "closed" : "open" } : {},
        ...input.labelIds ? { labels: labelIds(repo2, input.labelIds) } : {},
        ...input.assigneeIds ? { assignees: accounts(input.assigneeIds).map((a) => a.login) } : {}
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    },
    createIssue: ({ input }) => {
      const found = nodes.resolveNode(input.repositoryId);
      if (!found.repo || found.issue || found.comment || found.label) throw wrongKind(input.repositoryId, "a Repository");
      const repo2 = found.repo;
      const issue2 = state.createIssue(repo2, viewer, {
        title: input.title,
        body: input.body ?? null,
        labels: input.labelIds ? labelIds(repo2, input.labelIds) : [],
        assignees: input.assigneeIds ? accounts(input.assigneeIds).map((a) => a.login) : []
      });
      return { clientMutationId: mutationId(input), issue: nodes.issue(repo2, issue2) };
    }
  };
  function reaction(input, action) {
    const found = nodes.resolveNode(input.subjectId);
    if (!found.repo || !found.comment && !found.issue) throw wrongKind(input.subjectId, "a Reactable");
    const repo2 = found.repo;
    const target = found.comment ? { commentId: found.comment.id } : { issueNumber: found.issue.number };
    const content = reactionFromEnum(input.content);
    const subject = () => found.comment ? nodes.comment(repo2, state.comment(repo2, found.comment.id)) : nodes.issueLike(repo2, found.issue);
    if (action === "add") {
      const { reaction: added } = state.addReaction(repo2, viewer, target, content);
      return { clientMutationId: mutationId(input), reaction: nodes.reaction(added, subject), subject, reactionGroups: () => subject().reactionGroups() };
    }
    const holder = found.comment ? state.comment(repo2, found.comment.id) : found.issue;
    const existing = holder.reactions.find((r) => r.user === viewer.login && r.content === content);
    state.removeReaction(repo2, viewer, target, content);
    return {
      clientMutationId: mutationId(input),
      reaction: existing ? nodes.reaction(existing, subject) : null,
      subject,
      reactionGroups: () => subject().reactionGroups()
    };
  }
}

// packages/sandbox/src/graphql/schema.ts
import { existsSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { GraphQLError, GraphQLScalarType, buildClientSchema } from "graphql";
var ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
function check(name, predicate, expected) {
  return (value) => {
    if (!predicate(value)) throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}: expected ${expected}`);
    return value;
  };
}
var isString = (value) => typeof value === "string";
var SCALAR_RULES = {
  DateTime: check("DateTime", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  PreciseDateTime: check("PreciseDateTime", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  GitTimestamp: check("GitTimestamp", (v) => isString(v) && ISO_DATE_TIME.test(v), "an ISO 8601 date-time"),
  Date: check("Date", (v) => isString(v) && /^\d{4}-\d{2}-\d{2}$/.test(v), "a YYYY-MM-DD date"),
  URI: check("URI", (v) => isString(v) && (v.startsWith("/") || URL.canParse(v)), "a URI"),
  GitObjectID: check("GitObjectID", (v) => isString(v) && /^[0-9a-f]{40}$/.test(v), "a 40-hex git object id"),
  Base64String: check("Base64String", (v) => isString(v) && /^[A-Za-z0-9+/]*={0,2}$/.test(v), "a base64 string"),
  BigInt: check("BigInt", (v) => isString(v) && /^-?\d+$/.test(v) || typeof v === "number" && Number.isInteger(v), "an integer"),
  HTML: check("HTML", isString, "a string"),
  GitRefname: check("GitRefname", isString, "a string"),
  GitSSHRemote: check("GitSSHRemote", isString, "a string"),
  X509Certificate: check("X509Certificate", isString, "a string")
};
var BUILT_IN = /* @__PURE__ */ new Set(["String", "Int", "Float", "Boolean", "ID"]);
function harden(schema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLScalarType) || BUILT_IN.has(type.name) || type.name.startsWith("__")) continue;
    const rule = SCALAR_RULES[type.name] ?? check(type.name, (v) => v === null || ["string", "number", "boolean"].includes(typeof v), "a string, number or boolean");
    type.serialize = rule;
    if (type.name === "DateTime") type.parseValue = rule;
  }
  return schema;
}
function schemaJsonPath() {
  const require2 = createRequire(import.meta.url);
  for (const dir of require2.resolve.paths("@octokit/graphql-schema") ?? []) {
    const candidate = join(dir, "@octokit", "graphql-schema", "schema.json");
    if (existsSync(candidate)) return candidate;
  }
  return void 0;
}
async function loadIntrospection() {
  const path = schemaJsonPath();
  if (path) return JSON.parse(await readFile2(path, "utf8"));
  const { schema } = await import("@octokit/graphql-schema");
  return schema.json;
}
var loading;
function githubSchema() {
  loading ??= loadIntrospection().then((introspection) => harden(buildClientSchema(introspection)));
  return loading;
}

// packages/sandbox/src/graphql.ts
var GRAPHQL_DOCS = "https://docs.github.com/graphql";
var SandboxGapError = class extends Error {
  name = "SandboxGapError";
};
var strictFieldResolver = (source, args, _context, info) => {
  if (source === null || typeof source !== "object") {
    throw new SandboxGapError(`${info.parentType.name}.${info.fieldName} has no source object`);
  }
  if (!(info.fieldName in source)) {
    throw new SandboxGapError(`the sandbox does not implement ${info.parentType.name}.${info.fieldName}`);
  }
  const value = source[info.fieldName];
  return typeof value === "function" ? value.call(source, args) : value;
};
function parseBody(bodyText2) {
  try {
    const body = JSON.parse(bodyText2);
    return body !== null && typeof body === "object" && !Array.isArray(body) ? body : void 0;
  } catch {
    return void 0;
  }
}
function describeGraphqlRequest(bodyText2) {
  const body = parseBody(bodyText2);
  if (!body || typeof body.query !== "string") return { type: void 0, name: void 0, label: "graphql" };
  try {
    const operation = getOperationAST(parse(body.query), typeof body.operationName === "string" ? body.operationName : void 0);
    const type = operation?.operation;
    const name = operation?.name?.value;
    return { type, name, label: [type ?? "query", name].filter(Boolean).join(" ") };
  } catch {
    return { type: void 0, name: void 0, label: "graphql" };
  }
}
function githubValidationError(error) {
  const base = { message: error.message, ...error.locations ? { locations: [...error.locations] } : {} };
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"\./.exec(error.message);
  if (undefinedField) {
    const [, fieldName, typeName] = undefinedField;
    return { ...base, message: `Field '${fieldName}' doesn't exist on type '${typeName}'`, extensions: { code: "undefinedField", typeName, fieldName } };
  }
  return base;
}
var GraphqlApi = class {
  #state;
  #views;
  #violations;
  constructor(state, views, violations) {
    this.#state = state;
    this.#views = views;
    this.#violations = violations;
  }
  #record(direction, operation, problems) {
    this.#violations.record({ direction, protocol: "graphql", operation: operation.label, method: "POST", path: "/graphql", problems });
  }
  /** Runs one `POST /graphql` body as `actor`. */
  async handle(bodyText2, actor) {
    const operation = describeGraphqlRequest(bodyText2);
    const body = parseBody(bodyText2);
    if (!body) {
      this.#record("request", operation, [{ pointer: "/", message: "body is not a JSON object" }]);
      return { status: 400, body: { message: "Problems parsing JSON", documentation_url: GRAPHQL_DOCS } };
    }
    if (typeof body.query !== "string") {
      this.#record("request", operation, [{ pointer: "/query", message: "query is missing" }]);
      return { status: 200, body: { errors: [{ message: "A query attribute must be specified and must be a string." }] } };
    }
    const variables = body.variables === void 0 || body.variables === null ? {} : body.variables;
    if (typeof variables !== "object" || Array.isArray(variables)) {
      this.#record("request", operation, [{ pointer: "/variables", message: "variables must be an object" }]);
      return { status: 200, body: { errors: [{ message: "Variables are invalid JSON." }] } };
    }
    let document;
    try {
      document = parse(body.query);
    } catch (error) {
      const syntax = error instanceof GraphQLError2 ? error : new GraphQLError2(String(error));
      this.#record("request", operation, [{ pointer: "/query", message: syntax.message }]);
      return { status: 200, body: { errors: [{ message: syntax.message, ...syntax.locations ? { locations: syntax.locations } : {} }] } };
    }
    const schema = await githubSchema();
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      this.#record("request", operation, invalid.map((e) => ({ pointer: "/query", message: e.message })));
      return { status: 200, body: { errors: invalid.map(githubValidationError) } };
    }
    const limits = paginationErrors(schema, document, variables);
    if (limits.length > 0) {
      this.#record("request", operation, limits.map((e) => ({ pointer: `/${(e.path ?? []).join("/")}`, message: e.message })));
      return { status: 200, body: { data: null, errors: limits } };
    }
    const timeout = this.#state.platform.graphqlTimeoutNodes;
    if (timeout !== null && requestedNodes(schema, document, variables) > timeout) {
      return { status: 502, body: structuredClone(GRAPHQL_TIMEOUT_BODY) };
    }
    const nodes = new GraphNodes(this.#state, this.#views, actor);
    const root = operation.type === "mutation" ? mutationRoot(nodes) : queryRoot(nodes);
    let result;
    try {
      result = await execute({
        schema,
        document,
        rootValue: root,
        variableValues: variables,
        operationName: typeof body.operationName === "string" ? body.operationName : void 0,
        fieldResolver: strictFieldResolver
      });
    } catch (error) {
      this.#record("internal", operation, [{ pointer: "/", message: error instanceof Error ? error.message : String(error) }]);
      return { status: 500, body: { message: `Sandbox internal error: ${error instanceof Error ? error.message : String(error)}` } };
    }
    return { status: 200, body: this.#format(result, operation) };
  }
  /** Formats errors in GitHub's shape and records the ones that are the sandbox's or the caller's fault. */
  #format(result, operation) {
    if (!result.errors || result.errors.length === 0) return { data: result.data };
    const errors = result.errors.map((error) => {
      const location = error.locations ? { locations: [...error.locations] } : {};
      const path = error.path ? { path: [...error.path] } : {};
      const original = error.originalError;
      if (original instanceof GitHubError) return { type: original.graphqlType, ...path, ...location, message: original.message };
      const pointer = `/${(error.path ?? []).join("/")}`;
      if (!("data" in result) || result.data === void 0) {
        this.#record("request", operation, [{ pointer, message: error.message }]);
      } else if (original instanceof SandboxGapError) {
        this.#record("unimplemented", operation, [{ pointer, message: original.message }]);
      } else {
        this.#record("response", operation, [{ pointer, message: error.message }]);
      }
      return { ...path, ...location, message: error.message };
    });
    return "data" in result ? { data: result.data ?? null, errors } : { errors };
  }
};

// packages/sandbox/src/history.ts
var OPENED_BEFORE_MS = 10 * 6e4;
function addMergedPull(state, repo2, spec) {
  const mergedAt = Date.parse(spec.mergedAt);
  if (Number.isNaN(mergedAt)) throw new SandboxUsageError(`merged pull request "${spec.title}": merged_at ${spec.mergedAt} is not a time`);
  const author = state.account(spec.author ?? "bob");
  const merger = state.account(spec.mergedBy ?? "alice");
  const pusher = atLeast(state.permission(repo2, author.login), "write") ? author : merger;
  const saved = state.clock.now();
  try {
    state.clock.set(mergedAt - OPENED_BEFORE_MS);
    let branch = `history/${repo2.issues.size + 1}`;
    for (let n = 2; repo2.git.refs.has(`refs/heads/${branch}`); n++) branch = `history/${repo2.issues.size + 1}-${n}`;
    const base = repo2.defaultBranch;
    state.moveBranch(repo2, branch, state.resolveCommitish(repo2, base));
    const files = spec.files ?? { [`changes/${branch.replace("/", "-")}.md`]: `${spec.title}
` };
    state.commitFiles(repo2, pusher, {
      branch,
      message: spec.title,
      files: Object.entries(files).map(([path, content]) => ({ path, content }))
    });
    const pull2 = state.createPull(repo2, author, { title: spec.title, head: branch, base, ...spec.body ? { body: spec.body } : {} });
    state.clock.set(mergedAt);
    state.mergePull(repo2, merger, pull2.number, {});
    return pull2.number;
  } finally {
    state.clock.set(saved);
  }
}

// packages/sandbox/src/state/labels.ts
function findLabel(state, repo2, name) {
  const key = name.toLowerCase();
  return repo2.labels.find((l) => l.name.toLowerCase() === key);
}
function createLabel(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, "write");
  if (input.name.trim() === "") throw validationFailed([{ resource: "Label", code: "missing_field", field: "name" }]);
  requireLabelNameLength(input.name);
  if (state.findLabel(repo2, input.name)) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
  const color = normalizeColor(input.color ?? DEFAULT_LABEL_COLOR);
  const id = state.ids.next();
  const now = state.now();
  const label = {
    id,
    nodeId: nodeId("LA", id),
    name: input.name,
    color,
    description: input.description ?? null,
    isDefault: false,
    createdAt: now,
    updatedAt: now
  };
  repo2.labels.push(label);
  return label;
}
function updateLabel(state, repo2, actor, name, input) {
  state.requireAccess(repo2, actor, "write");
  const label = state.findLabel(repo2, name);
  if (!label) throw notFound();
  if (input.new_name !== void 0 && input.new_name !== label.name) {
    requireLabelNameLength(input.new_name);
    const clash = state.findLabel(repo2, input.new_name);
    if (clash && clash !== label) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
    for (const issue2 of repo2.issues.values()) {
      issue2.labels = issue2.labels.map((l) => l === label.name ? input.new_name : l);
    }
    label.name = input.new_name;
  }
  if (input.color !== void 0) label.color = normalizeColor(input.color);
  if (input.description !== void 0) label.description = input.description;
  label.updatedAt = state.now();
  return label;
}
function deleteLabel(state, repo2, actor, name) {
  state.requireAccess(repo2, actor, "write");
  const label = state.findLabel(repo2, name);
  if (!label) throw notFound();
  repo2.labels = repo2.labels.filter((l) => l !== label);
  for (const issue2 of repo2.issues.values()) issue2.labels = issue2.labels.filter((l) => l !== label.name);
}
function labelsFor(state, repo2, actor, names) {
  const labels = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === "") continue;
    let label = state.findLabel(repo2, name);
    if (!label) {
      if (!atLeast(state.permission(repo2, actor.login), "write")) {
        throw forbidden("You do not have permission to create labels on this repository.", [
          { resource: "Repository", field: "label", code: "unauthorized" }
        ]);
      }
      label = state.createLabel(repo2, actor, { name });
    }
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}
var DEFAULT_LABEL_COLOR = "ededed";
var LABEL_COLOR = /^[0-9a-fA-F]{6}$/;
function normalizeColor(color) {
  const bare = color.startsWith("#") ? color.slice(1) : color;
  if (!LABEL_COLOR.test(bare)) throw validationFailed([{ resource: "Label", code: "invalid", field: "color" }]);
  return bare.toLowerCase();
}

// packages/sandbox/src/state/limits.ts
var MAX_BODY_LENGTH = 65536;
function requireBodyLength(resource, body) {
  if (!body || body.length <= MAX_BODY_LENGTH) return;
  let count = 0;
  for (const _ of body) count++;
  if (count <= MAX_BODY_LENGTH) return;
  throw validationFailed([
    resource === "IssueComment" ? { resource, code: "unprocessable", field: "data", message: `Body is too long (maximum is ${MAX_BODY_LENGTH} characters)` } : { resource, code: "custom", field: "body", message: `body is too long (maximum is ${MAX_BODY_LENGTH} characters)` }
  ]);
}

// packages/sandbox/src/references.ts
var SHORT_REF = /(?<![\w/#&])(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/g;
var CLOSING_REF = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([A-Za-z0-9][\w.-]*\/[\w.-]+))?#(\d+)\b/gi;
function withoutCode(text) {
  return text.replace(/```[\s\S]*?(?:```|$)/g, " ").replace(/`[^`\n]*`/g, " ");
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function findReferences(text, currentRepo, webBases) {
  const plain = withoutCode(text);
  const found = /* @__PURE__ */ new Map();
  const add = (repo2, number) => {
    const key = `${repo2.toLowerCase()}#${number}`;
    if (!found.has(key)) found.set(key, { repo: repo2, number });
  };
  for (const base of webBases) {
    const url = new RegExp(`${escapeRegExp(base.replace(/\/$/, ""))}/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d+)`, "g");
    for (const match of plain.matchAll(url)) add(match[1], Number(match[2]));
  }
  const noUrls = plain.replace(/\bhttps?:\/\/\S+/g, " ");
  for (const match of noUrls.matchAll(SHORT_REF)) add(match[1] ?? currentRepo, Number(match[2]));
  return [...found.values()];
}
function findClosingReferences(text, currentRepo) {
  const refs = [];
  for (const match of withoutCode(text).matchAll(CLOSING_REF)) refs.push({ repo: match[1] ?? currentRepo, number: Number(match[2]) });
  return refs;
}

// packages/sandbox/src/state/timeline.ts
function addTimelineEvent(state, issue2, actor, event) {
  const id = state.ids.next();
  const full = { id, nodeId: nodeId("EV", id), actor: actor.login, createdAt: state.now(), ...event };
  issue2.timeline.push(full);
  return full;
}
function recordReferences(state, repo2, source, actor, text) {
  for (const ref of findReferences(text, repo2.fullName, [state.urls.web, "https://github.com"])) {
    const targetRepo = state.findRepo(ref.repo);
    const target = targetRepo?.issues.get(ref.number);
    if (!targetRepo || !target) continue;
    if (targetRepo === repo2 && target === source) continue;
    if (repo2.private && repo2 !== targetRepo) continue;
    const already = target.timeline.some(
      (e) => e.event === "cross-referenced" && e.source.repo === repo2.fullName && e.source.number === source.number
    );
    if (already) continue;
    const sourceRef = { repo: repo2.fullName, number: source.number };
    addTimelineEvent(state, target, actor, { event: "cross-referenced", source: sourceRef });
  }
}

// packages/sandbox/src/state/issues.ts
function issue(state, repo2, number) {
  const issue2 = repo2.issues.get(number);
  if (!issue2) throw notFound();
  return issue2;
}
function pull(state, repo2, number) {
  const issue2 = repo2.issues.get(number);
  if (!issue2?.pull) throw notFound();
  return issue2;
}
function isAssignable(state, repo2, login, issue2) {
  const account2 = state.findAccount(login);
  if (!account2 || account2.type !== "User") return false;
  if (repo2.grants.has(account2.login.toLowerCase()) || account2.login.toLowerCase() === repo2.owner.toLowerCase()) return true;
  if (!issue2) return false;
  if (issue2.author.toLowerCase() === account2.login.toLowerCase()) return true;
  return issue2.commentIds.some((id) => repo2.comments.get(id)?.author.toLowerCase() === account2.login.toLowerCase());
}
function createIssue(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  if (input.title.trim() === "") throw validationFailed([{ resource: "Issue", code: "missing_field", field: "title" }]);
  requireTitleLength("Issue", input.title);
  requireBodyLength("Issue", input.body);
  const canTriage = atLeast(state.permission(repo2, actor.login), "triage");
  const labels = canTriage ? labelsFor(state, repo2, actor, input.labels ?? []) : [];
  const issue2 = newIssue(state, repo2, actor, input.title, input.body ?? null);
  for (const label of labels) applyLabel(state, issue2, actor, label);
  if (canTriage) {
    for (const login of unique(input.assignees ?? [])) {
      if (issue2.assignees.length >= MAX_ASSIGNEES) break;
      if (state.isAssignable(repo2, login, issue2)) assignLogin(state, issue2, actor, state.account(login).login);
    }
  }
  recordReferences(state, repo2, issue2, actor, issue2.body ?? "");
  return issue2;
}
function newIssue(state, repo2, actor, title, body) {
  const id = state.ids.next();
  const now = state.now();
  const issue2 = {
    id,
    nodeId: nodeId("I", id),
    number: repo2.nextNumber++,
    title,
    body,
    author: actor.login,
    state: "open",
    stateReason: null,
    labels: [],
    assignees: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
    locked: false,
    commentIds: [],
    reactions: [],
    timeline: [],
    pull: null,
    pullId: null,
    pullNodeId: null
  };
  repo2.issues.set(issue2.number, issue2);
  repo2.updatedAt = now;
  return issue2;
}
function canEditIssue(state, repo2, issue2, actor) {
  return issue2.author.toLowerCase() === actor.login.toLowerCase() || atLeast(state.permission(repo2, actor.login), "triage");
}
function updateIssue(state, repo2, actor, number, input) {
  state.requireAccess(repo2, actor, "read");
  const issue2 = state.issue(repo2, number);
  const editsContent = input.title !== void 0 || input.body !== void 0 || input.state !== void 0;
  if (editsContent && !canEditIssue(state, repo2, issue2, actor)) {
    throw actor.type === "Bot" ? forbidden("Resource not accessible by integration") : forbidden("Must have admin rights to Repository.");
  }
  const canTriage = atLeast(state.permission(repo2, actor.login), "triage");
  if (input.assignees !== void 0 && canTriage) {
    const invalid = input.assignees.filter((login) => !state.isAssignable(repo2, login, issue2));
    if (invalid.length > 0) {
      throw validationFailed(invalid.map((value) => ({ resource: "Issue", code: "invalid", field: "assignees", value })));
    }
  }
  if (input.title !== void 0 && input.title !== issue2.title) {
    if (input.title.trim() === "") throw validationFailed([{ resource: "Issue", code: "missing_field", field: "title" }]);
    requireTitleLength(issue2.pull ? "PullRequest" : "Issue", input.title);
    addTimelineEvent(state, issue2, actor, { event: "renamed", from: issue2.title, to: input.title });
    issue2.title = input.title;
  }
  if (input.body !== void 0 && input.body !== issue2.body) {
    requireBodyLength(issue2.pull ? "PullRequest" : "Issue", input.body);
    issue2.body = input.body;
    recordReferences(state, repo2, issue2, actor, input.body ?? "");
  }
  if (input.labels !== void 0 && canTriage) state.setLabels(repo2, actor, number, input.labels);
  if (input.assignees !== void 0 && canTriage) {
    const wanted = unique(input.assignees.map((login) => state.account(login).login)).slice(0, MAX_ASSIGNEES);
    for (const login of [...issue2.assignees]) if (!wanted.includes(login)) unassignLogin(state, issue2, actor, login);
    for (const login of wanted) if (!issue2.assignees.includes(login)) assignLogin(state, issue2, actor, login);
  }
  if (input.state === "closed" && issue2.state === "open") {
    const reason = input.state_reason === "not_planned" ? "not_planned" : "completed";
    markClosed(state, issue2, actor, reason, null);
  } else if (input.state === "open" && issue2.state === "closed") {
    if (issue2.pull?.merged) throw validationFailed([{ resource: "PullRequest", code: "custom", field: "state", message: "state cannot be changed. The pull request has been merged." }]);
    markReopened(state, issue2, actor);
  } else if (input.state === void 0 && input.state_reason !== void 0 && issue2.state === "closed" && input.state_reason !== "reopened") {
    issue2.stateReason = input.state_reason === "not_planned" ? "not_planned" : "completed";
  }
  issue2.updatedAt = state.now();
  return issue2;
}
function closeIssue(state, repo2, actor, number, reason = "completed") {
  return state.updateIssue(repo2, actor, number, { state: "closed", state_reason: reason });
}
function reopenIssue(state, repo2, actor, number) {
  return state.updateIssue(repo2, actor, number, { state: "open" });
}
function markClosed(state, issue2, actor, reason, commitId, closer) {
  const now = state.now();
  issue2.state = "closed";
  issue2.stateReason = reason;
  issue2.closedAt = now;
  issue2.closedBy = actor.login;
  issue2.updatedAt = now;
  addTimelineEvent(state, issue2, actor, { event: "closed", stateReason: reason, commitId, ...closer ? { closer } : {} });
}
function markReopened(state, issue2, actor) {
  issue2.state = "open";
  issue2.stateReason = "reopened";
  issue2.closedAt = null;
  issue2.closedBy = null;
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "reopened" });
}
function addLabels(state, repo2, actor, number, names) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const label of labelsFor(state, repo2, actor, names)) applyLabel(state, issue2, actor, label);
  return state.issueLabels(repo2, issue2);
}
function setLabels(state, repo2, actor, number, names) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  const wanted = labelsFor(state, repo2, actor, names);
  for (const name of [...issue2.labels]) {
    if (!wanted.some((l) => l.name === name)) unapplyLabel(state, repo2, issue2, actor, name);
  }
  for (const label of wanted) applyLabel(state, issue2, actor, label);
  return state.issueLabels(repo2, issue2);
}
function removeLabel(state, repo2, actor, number, name) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  const label = state.findLabel(repo2, name);
  if (!label || !issue2.labels.includes(label.name)) throw notFound("Label does not exist");
  unapplyLabel(state, repo2, issue2, actor, label.name);
  return state.issueLabels(repo2, issue2);
}
function removeAllLabels(state, repo2, actor, number) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const name of [...issue2.labels]) unapplyLabel(state, repo2, issue2, actor, name);
}
function issueLabels(state, repo2, issue2) {
  return issue2.labels.map((name) => state.findLabel(repo2, name)).filter((l) => l !== void 0);
}
function applyLabel(state, issue2, actor, label) {
  if (issue2.labels.includes(label.name)) return;
  issue2.labels.push(label.name);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "labeled", label: { name: label.name, color: label.color } });
}
function unapplyLabel(state, repo2, issue2, actor, name) {
  const label = state.findLabel(repo2, name);
  issue2.labels = issue2.labels.filter((l) => l !== name);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "unlabeled", label: { name, color: label?.color ?? DEFAULT_LABEL_COLOR } });
}
function addAssignees(state, repo2, actor, number, logins) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const login of unique(logins)) {
    if (issue2.assignees.length >= MAX_ASSIGNEES) break;
    if (state.isAssignable(repo2, login, issue2)) assignLogin(state, issue2, actor, state.account(login).login);
  }
  return issue2;
}
function removeAssignees(state, repo2, actor, number, logins) {
  state.requireAccess(repo2, actor, "triage");
  const issue2 = state.issue(repo2, number);
  for (const login of logins) {
    const assigned = issue2.assignees.find((a) => a.toLowerCase() === login.toLowerCase());
    if (assigned) unassignLogin(state, issue2, actor, assigned);
  }
  return issue2;
}
function assignLogin(state, issue2, actor, login) {
  if (issue2.assignees.includes(login)) return;
  issue2.assignees.push(login);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "assigned", assignee: login });
}
function unassignLogin(state, issue2, actor, login) {
  issue2.assignees = issue2.assignees.filter((a) => a !== login);
  issue2.updatedAt = state.now();
  addTimelineEvent(state, issue2, actor, { event: "unassigned", assignee: login });
}
function unique(values) {
  return [...new Set(values)];
}

// packages/sandbox/src/helpers.ts
var SandboxRepo = class {
  constructor(state, fullName) {
    this.state = state;
    this.fullName = fullName;
  }
  state;
  fullName;
  /** The underlying model (for what the helpers do not cover). */
  get model() {
    return this.state.repo(this.fullName);
  }
  #actor(options) {
    return this.state.account(options?.as ?? "alice");
  }
  /** GitHub's settings of this repository (protected branches, push protection…); see rules.ts. */
  get settings() {
    return this.model.settings;
  }
  /** Changes some of GitHub's settings of this repository (rules.ts names each and its default). */
  configure(settings) {
    Object.assign(this.model.settings, structuredClone(settings));
  }
  /**
   * Submits an issue form as a user (GITHUB-RULES.md row 2): the form's `labels:` are applied
   * whatever the author's role, but only those that already exist in the repository; the others
   * are dropped silently. Returns the issue and the labels dropped.
   */
  submitIssueForm(input) {
    const actor = this.#actor(input);
    const issue2 = this.state.createIssue(this.model, actor, { title: input.title, body: input.body ?? null });
    const dropped = [];
    for (const name of input.labels ?? []) {
      const label = this.state.findLabel(this.model, name);
      if (label) applyLabel(this.state, issue2, actor, label);
      else dropped.push(name);
    }
    return { issue: this.#issueView(issue2), dropped };
  }
  /** Repository dispatches received (`POST /repos/{owner}/{repo}/dispatches`), oldest first. */
  dispatches() {
    return this.model.dispatches.map((d) => ({ ...d, clientPayload: structuredClone(d.clientPayload) }));
  }
  // ---------------------------------------------------------------- issues
  /** Opens an issue as a user (labels and assignees apply as GitHub applies them for that user). */
  createIssue(input) {
    const issue2 = this.state.createIssue(this.model, this.#actor(input), input);
    return this.#issueView(issue2);
  }
  /** An issue or pull request by number. */
  issue(number) {
    return this.#issueView(this.state.issue(this.model, number));
  }
  /** Issues (not pull requests), oldest first. */
  issues(filter = {}) {
    const state = filter.state ?? "open";
    const labels = (filter.labels ?? []).map((l) => l.toLowerCase());
    return [...this.model.issues.values()].filter((i) => !i.pull && (state === "all" || i.state === state)).filter((i) => labels.every((l) => i.labels.some((name) => name.toLowerCase() === l))).map((i) => this.#issueView(i));
  }
  /** Edits an issue as a user. */
  editIssue(number, changes) {
    const issue2 = this.state.updateIssue(this.model, this.#actor(changes), number, {
      title: changes.title,
      body: changes.body,
      state: changes.state,
      state_reason: changes.stateReason,
      labels: changes.labels,
      assignees: changes.assignees
    });
    return this.#issueView(issue2);
  }
  /** Closes an issue as a user (by hand, as in the web interface). */
  closeIssue(number, options = {}) {
    return this.#issueView(this.state.closeIssue(this.model, this.#actor(options), number, options.reason));
  }
  /** Reopens an issue as a user. */
  reopenIssue(number, options = {}) {
    return this.#issueView(this.state.reopenIssue(this.model, this.#actor(options), number));
  }
  /** Adds labels to an issue as a user (unknown labels are created). */
  addLabels(number, labels, options = {}) {
    return this.state.addLabels(this.model, this.#actor(options), number, labels).map((l) => l.name);
  }
  /** Removes a label from an issue as a user. */
  removeLabel(number, label, options = {}) {
    return this.state.removeLabel(this.model, this.#actor(options), number, label).map((l) => l.name);
  }
  /** The labels an issue carries, in the order applied. */
  labels(number) {
    return [...this.state.issue(this.model, number).labels];
  }
  /** The logins assigned to an issue. */
  assignees(number) {
    return [...this.state.issue(this.model, number).assignees];
  }
  /** Assigns users to an issue as a user (unassignable ones are skipped, as GitHub does). */
  assign(number, logins, options = {}) {
    return [...this.state.addAssignees(this.model, this.#actor(options), number, logins).assignees];
  }
  // ---------------------------------------------------------------- comments
  /** Comments on an issue as a user. */
  comment(number, body, options = {}) {
    return this.#commentView(this.state.addComment(this.model, this.#actor(options), number, body));
  }
  /** An issue's comments, oldest first. */
  comments(number) {
    return this.state.listComments(this.model, this.state.issue(this.model, number)).map((c) => this.#commentView(c));
  }
  /** Comments on an issue written by the Actions bot. */
  botComments(number) {
    return this.comments(number).filter((c) => c.author === BOT_LOGIN);
  }
  /** Edits a comment as a user. */
  editComment(id, body, options = {}) {
    return this.#commentView(this.state.updateComment(this.model, this.#actor(options), id, body));
  }
  /** Deletes a comment as a user. */
  deleteComment(id, options = {}) {
    this.state.deleteComment(this.model, this.#actor(options), id);
  }
  /** Reacts to a comment as a user. */
  react(commentId, content, options = {}) {
    this.state.addReaction(this.model, this.#actor(options), { commentId }, content);
  }
  // ---------------------------------------------------------------- labels
  /** The repository's labels. */
  repoLabels() {
    return this.model.labels.map((l) => ({ name: l.name, color: l.color, description: l.description }));
  }
  /** Creates a repository label as a user. */
  createLabel(name, options = {}) {
    const label = this.state.createLabel(this.model, this.#actor(options), { name, color: options.color, description: options.description });
    return { name: label.name, color: label.color, description: label.description };
  }
  // ---------------------------------------------------------------- timeline
  /** An issue's timeline, oldest first (events of deleted comments are gone, as on GitHub). */
  timeline(number) {
    const repo2 = this.model;
    return this.state.issue(repo2, number).timeline.map(({ nodeId: _nodeId, ...event }) => {
      if (event.event === "commented") {
        const comment2 = repo2.comments.get(event.commentId);
        return comment2 ? { ...event, body: comment2.body } : { ...event };
      }
      return { ...event };
    });
  }
  // ---------------------------------------------------------------- files and branches
  /** A file's text on a branch, tag or commit (default branch by default); undefined when absent. */
  readFile(path, options = {}) {
    return this.state.readFile(this.model, path, options.ref)?.content.toString("utf8");
  }
  /** A file's blob sha; undefined when absent. */
  fileSha(path, options = {}) {
    return this.state.readFile(this.model, path, options.ref)?.sha;
  }
  /** Every file path on a ref (default branch by default). */
  files(options = {}) {
    const repo2 = this.model;
    const sha = this.state.resolveCommitish(repo2, options.ref ?? repo2.defaultBranch);
    return sha ? repo2.git.flatten(repo2.git.getCommit(sha).tree).map((e) => e.path) : [];
  }
  /** Commits files (path → content, `null` deletes) on a branch as a user; returns the commit sha. */
  writeFiles(files, options = {}) {
    const repo2 = this.model;
    const commit = this.state.commitFiles(repo2, this.#actor(options), {
      branch: options.branch ?? repo2.defaultBranch,
      message: options.message ?? `Update ${Object.keys(files).join(", ")}`,
      files: Object.entries(files).map(([path, content]) => ({ path, content }))
    });
    return commit.sha;
  }
  /** Commits one file; returns the commit sha. */
  writeFile(path, content, options = {}) {
    return this.writeFiles({ [path]: content }, options);
  }
  /** The commit a branch points at; undefined when there is no such branch. */
  branch(name) {
    return this.model.git.refs.get(`refs/heads/${name}`);
  }
  /** Branch names. */
  branches() {
    return [...this.model.git.refs.keys()].filter((r) => r.startsWith("refs/heads/")).map((r) => r.slice("refs/heads/".length));
  }
  /** Creates a branch from another branch or commit (default branch by default) as a user. */
  createBranch(name, options = {}) {
    const repo2 = this.model;
    this.state.requireAccess(repo2, this.#actor(options), "write");
    const sha = this.state.resolveCommitish(repo2, options.from ?? repo2.defaultBranch);
    if (!sha) throw new Error(`no ref ${options.from ?? repo2.defaultBranch} in ${this.fullName}`);
    if (repo2.git.refs.has(`refs/heads/${name}`)) throw new Error(`branch ${name} already exists in ${this.fullName}`);
    this.state.moveBranch(repo2, name, sha);
    return sha;
  }
  /** Deletes a branch as a user (open pull requests from it are closed, as on GitHub). */
  deleteBranch(name, options = {}) {
    this.state.deleteBranch(this.model, this.#actor(options), name);
  }
  /** A branch's history, newest first (first-parent order is not guaranteed for merges). */
  commits(options = {}) {
    const repo2 = this.model;
    const head = this.state.resolveCommitish(repo2, options.ref ?? repo2.defaultBranch);
    if (!head) return [];
    return repo2.git.ancestors(head).map((sha) => {
      const commit = repo2.git.getCommit(sha);
      const parent = commit.parents[0] ? repo2.git.getCommit(commit.parents[0]).tree : repo2.git.emptyTree;
      return {
        sha,
        message: commit.message,
        author: commit.author.name,
        date: commit.author.date,
        parents: [...commit.parents],
        files: repo2.git.changedPaths(parent, commit.tree).map((f) => f.path)
      };
    });
  }
  // ---------------------------------------------------------------- pull requests
  /** Opens a pull request as a user (`base` defaults to the default branch). */
  openPull(input) {
    const repo2 = this.model;
    const pull2 = this.state.createPull(repo2, this.#actor(input), { ...input, base: input.base ?? repo2.defaultBranch });
    return this.pull(pull2.number);
  }
  /** A pull request by number. */
  pull(number) {
    const repo2 = this.model;
    const pull2 = this.state.pull(repo2, number);
    return {
      ...this.#issueView(pull2),
      head: pull2.pull.headRef,
      base: pull2.pull.baseRef,
      headSha: pull2.pull.headSha,
      merged: pull2.pull.merged,
      mergedAt: pull2.pull.mergedAt,
      mergedBy: pull2.pull.mergedBy,
      mergeCommitSha: pull2.pull.mergeCommitSha,
      draft: pull2.pull.draft,
      requestedReviewers: [...pull2.pull.requestedReviewers],
      files: this.state.pullFiles(repo2, pull2).map((f) => f.path)
    };
  }
  /** Pull requests, oldest first. */
  pulls(filter = {}) {
    const state = filter.state ?? "open";
    return [...this.model.issues.values()].filter((i) => i.pull && (state === "all" || i.state === state)).map((i) => this.pull(i.number));
  }
  /**
   * Records a pull request merged at `mergedAt` (opened ten minutes before, by `author`, default
   * bob), as history for suspect changes; the clock is put back afterwards. Returns its number.
   */
  addMergedPull(spec) {
    return addMergedPull(this.state, this.model, spec);
  }
  /** Merges a pull request as a user; returns the new head of the base branch. */
  mergePull(number, options = {}) {
    return this.state.mergePull(this.model, this.#actor(options), number, { merge_method: options.method }).sha;
  }
  // ---------------------------------------------------------------- access
  /** Sets a user's role here (`none` removes it). */
  grant(login, role) {
    this.state.grant(this.model, login, role);
  }
  /** A user's role here, as the collaborator permission API reports it in `role_name`. */
  permissionOf(login) {
    return this.state.permission(this.model, login);
  }
  #issueView(issue2) {
    return {
      number: issue2.number,
      title: issue2.title,
      body: issue2.body,
      state: issue2.state,
      stateReason: issue2.stateReason,
      author: issue2.author,
      labels: [...issue2.labels],
      assignees: [...issue2.assignees],
      commentCount: issue2.commentIds.length,
      createdAt: issue2.createdAt,
      updatedAt: issue2.updatedAt,
      closedAt: issue2.closedAt,
      isPullRequest: issue2.pull !== null,
      url: `${this.state.urls.web}/${this.fullName}/${issue2.pull ? "pull" : "issues"}/${issue2.number}`
    };
  }
  #commentView(comment2) {
    return {
      id: comment2.id,
      issueNumber: comment2.issueNumber,
      body: comment2.body,
      author: comment2.author,
      createdAt: comment2.createdAt,
      updatedAt: comment2.updatedAt,
      reactions: comment2.reactions.map((r) => ({ content: r.content, user: r.user })),
      url: `${this.state.urls.web}/${this.fullName}/issues/${comment2.issueNumber}#issuecomment-${comment2.id}`
    };
  }
};

// packages/sandbox/src/openapi.ts
var import_ajv2 = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);

// packages/sandbox/src/openapi-subset.json
var openapi_subset_default = { "x-generated": { by: "packages/sandbox/scripts/extract-openapi.mjs", from: "@octokit/openapi@23.0.2 generated/api.github.com.json", regenerate: "npm run openapi:extract", note: "Generated file: do not edit by hand." }, openapi: "3.0.3", info: { title: "GitHub's official OpenAPI spec + Octokit extension", version: "23.0.2" }, paths: { "/rate_limit": { get: { operationId: "rate-limit/get", summary: "Get rate limit status for the authenticated user", docsUrl: "https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user", parameters: [], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/rate-limit-overview" } } } }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}": { get: { operationId: "repos/get", summary: "Get a repository", docsUrl: "https://docs.github.com/rest/repos/repos#get-a-repository", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/full-repository" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/actions/workflows": { get: { operationId: "actions/list-repo-workflows", summary: "List repository workflows", docsUrl: "https://docs.github.com/rest/actions/workflows#list-repository-workflows", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "object", required: ["total_count", "workflows"], properties: { total_count: { type: "integer" }, workflows: { type: "array", items: { $ref: "#/components/schemas/workflow" } } } } } } } } } }, "/repos/{owner}/{repo}/actions/workflows/{workflow_id}": { get: { operationId: "actions/get-workflow", summary: "Get a workflow", docsUrl: "https://docs.github.com/rest/actions/workflows#get-a-workflow", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/workflow-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/workflow" } } } } } } }, "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable": { put: { operationId: "actions/disable-workflow", summary: "Disable a workflow", docsUrl: "https://docs.github.com/rest/actions/workflows#disable-a-workflow", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/workflow-id" }], responses: { "204": {} } } }, "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable": { put: { operationId: "actions/enable-workflow", summary: "Enable a workflow", docsUrl: "https://docs.github.com/rest/actions/workflows#enable-a-workflow", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/workflow-id" }], responses: { "204": {} } } }, "/repos/{owner}/{repo}/branches/{branch}": { get: { operationId: "repos/get-branch", summary: "Get a branch", docsUrl: "https://docs.github.com/rest/branches/branches#get-a-branch", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/branch" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/branch-with-protection" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/collaborators/{username}/permission": { get: { operationId: "repos/get-collaborator-permission-level", summary: "Get repository permissions for a user", docsUrl: "https://docs.github.com/rest/collaborators/collaborators#get-repository-permissions-for-a-user", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/username" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/repository-collaborator-permission" } } } }, "404": { $ref: "#/components/responses/not_found" } } } }, "/repos/{owner}/{repo}/compare/{basehead}": { get: { operationId: "repos/compare-commits-with-basehead", summary: "Compare two commits", docsUrl: "https://docs.github.com/rest/commits/commits#compare-two-commits", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/per-page" }, { name: "basehead", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/commit-comparison" } }, "application/vnd.github.diff": { schema: { type: "string" } }, "application/vnd.github.patch": { schema: { type: "string" } } } }, "404": { $ref: "#/components/responses/not_found" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } } }, "/repos/{owner}/{repo}/contents/{path}": { get: { operationId: "repos/get-content", summary: "Get repository content", docsUrl: "https://docs.github.com/rest/repos/contents#get-repository-content", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }, { name: "ref", in: "query", schema: { type: "string" }, required: false }], responses: { "200": { content: { "application/vnd.github.object": { schema: { $ref: "#/components/schemas/content-tree" } }, "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/content-directory" }, { $ref: "#/components/schemas/content-file" }, { $ref: "#/components/schemas/content-symlink" }, { $ref: "#/components/schemas/content-submodule" }], discriminator: { propertyName: "type", mapping: { array: "#/components/schemas/content-directory", file: "#/components/schemas/content-file", symlink: "#/components/schemas/content-symlink", submodule: "#/components/schemas/content-submodule" } } } } } }, "302": { $ref: "#/components/responses/found" }, "304": { $ref: "#/components/responses/not_modified" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" } } }, put: { operationId: "repos/create-or-update-file-contents", summary: "Create or update file contents", docsUrl: "https://docs.github.com/rest/repos/contents#create-or-update-file-contents", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/basic-error" }, { $ref: "#/components/schemas/repository-rule-violation-error" }] } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, branch: { type: "string" }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string" } }, required: ["name", "email"] }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string" } }, required: ["name", "email"] } }, required: ["message", "content"] } } } } }, delete: { operationId: "repos/delete-file", summary: "Delete a file", docsUrl: "https://docs.github.com/rest/repos/contents#delete-a-file", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "path", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/file-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, sha: { type: "string" }, branch: { type: "string" }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } } }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" } } } }, required: ["message", "sha"] } } } } } }, "/repos/{owner}/{repo}/dispatches": { post: { operationId: "repos/create-dispatch-event", summary: "Create a repository dispatch event", docsUrl: "https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "204": {}, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["event_type"], properties: { event_type: { type: "string", minLength: 1, maxLength: 100 }, client_payload: { type: "object", additionalProperties: true, maxProperties: 10 } } } } } } } }, "/repos/{owner}/{repo}/git/blobs": { post: { operationId: "git/create-blob", summary: "Create a blob", docsUrl: "https://docs.github.com/rest/git/blobs#create-a-blob", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/short-blob" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/validation-error" }, { $ref: "#/components/schemas/repository-rule-violation-error" }] } } } } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { content: { type: "string" }, encoding: { type: "string", default: "utf-8" } }, required: ["content"] } } } } } }, "/repos/{owner}/{repo}/git/blobs/{file_sha}": { get: { operationId: "git/get-blob", summary: "Get a blob", docsUrl: "https://docs.github.com/rest/git/blobs#get-a-blob", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "file_sha", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/blob" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } } } }, "/repos/{owner}/{repo}/git/commits": { post: { operationId: "git/create-commit", summary: "Create a commit", docsUrl: "https://docs.github.com/rest/git/commits#create-a-commit", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, tree: { type: "string" }, parents: { type: "array", items: { type: "string" } }, author: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } }, required: ["name", "email"] }, committer: { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } } }, signature: { type: "string" } }, required: ["message", "tree"] } } } } } }, "/repos/{owner}/{repo}/git/commits/{commit_sha}": { get: { operationId: "git/get-commit", summary: "Get a commit object", docsUrl: "https://docs.github.com/rest/git/commits#get-a-commit-object", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/commit-sha" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-commit" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" } } } }, "/repos/{owner}/{repo}/git/ref/{ref}": { get: { operationId: "git/get-ref", summary: "Get a reference", docsUrl: "https://docs.github.com/rest/git/refs#get-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" } } } }, "/repos/{owner}/{repo}/git/refs": { post: { operationId: "git/create-ref", summary: "Create a reference", docsUrl: "https://docs.github.com/rest/git/refs#create-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { ref: { type: "string" }, sha: { type: "string" } }, required: ["ref", "sha"] } } } } } }, "/repos/{owner}/{repo}/git/refs/{ref}": { delete: { operationId: "git/delete-ref", summary: "Delete a reference", docsUrl: "https://docs.github.com/rest/git/refs#delete-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "204": {}, "409": { $ref: "#/components/responses/conflict" }, "422": {} } }, patch: { operationId: "git/update-ref", summary: "Update a reference", docsUrl: "https://docs.github.com/rest/git/refs#update-a-reference", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/git-ref-only" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-ref" } } } }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { sha: { type: "string" }, force: { type: "boolean", default: false } }, required: ["sha"] } } } } } }, "/repos/{owner}/{repo}/git/trees": { post: { operationId: "git/create-tree", summary: "Create a tree", docsUrl: "https://docs.github.com/rest/git/trees#create-a-tree", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-tree" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { tree: { type: "array", items: { type: "object", properties: { path: { type: "string" }, mode: { type: "string", enum: ["100644", "100755", "040000", "160000", "120000"] }, type: { type: "string", enum: ["blob", "tree", "commit"] }, sha: { type: "string", nullable: true }, content: { type: "string" } } } }, base_tree: { type: "string" } }, required: ["tree"] } } } } } }, "/repos/{owner}/{repo}/git/trees/{tree_sha}": { get: { operationId: "git/get-tree", summary: "Get a tree", docsUrl: "https://docs.github.com/rest/git/trees#get-a-tree", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "tree_sha", in: "path", schema: { type: "string" }, required: true }, { name: "recursive", in: "query", schema: { type: "string" }, required: false }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/git-tree" } } } }, "404": { $ref: "#/components/responses/not_found" }, "409": { $ref: "#/components/responses/conflict" }, "422": { $ref: "#/components/responses/validation_failed" } } } }, "/repos/{owner}/{repo}/issues": { get: { operationId: "issues/list-for-repo", summary: "List repository issues", docsUrl: "https://docs.github.com/rest/issues/issues#list-repository-issues", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "milestone", in: "query", schema: { type: "string" }, required: false }, { name: "state", in: "query", schema: { type: "string", enum: ["open", "closed", "all"], default: "open" }, required: false }, { name: "assignee", in: "query", schema: { type: "string" }, required: false }, { name: "type", in: "query", schema: { type: "string" }, required: false }, { name: "creator", in: "query", schema: { type: "string" }, required: false }, { name: "mentioned", in: "query", schema: { type: "string" }, required: false }, { name: "issue_field_values", in: "query", schema: { type: "string" }, required: false }, { $ref: "#/components/parameters/labels" }, { name: "sort", in: "query", schema: { type: "string", enum: ["created", "updated", "comments"], default: "created" }, required: false }, { $ref: "#/components/parameters/direction" }, { $ref: "#/components/parameters/since" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/issue" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } } }, post: { operationId: "issues/create", summary: "Create an issue", docsUrl: "https://docs.github.com/rest/issues/issues#create-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } }, "400": { $ref: "#/components/responses/bad_request" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { title: { oneOf: [{ type: "string" }, { type: "integer" }] }, body: { type: "string" }, assignee: { type: "string", nullable: true }, milestone: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true } } }] } }, assignees: { type: "array", items: { type: "string" } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] } }, required: ["field_id", "value"], additionalProperties: false } }, type: { type: "string", nullable: true } }, required: ["title"] } } } } } }, "/repos/{owner}/{repo}/issues/comments/{comment_id}": { get: { operationId: "issues/get-comment", summary: "Get an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#get-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "404": { $ref: "#/components/responses/not_found" } } }, delete: { operationId: "issues/delete-comment", summary: "Delete an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#delete-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "204": {} } }, patch: { operationId: "issues/update-comment", summary: "Update an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#update-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { body: { type: "string" } }, required: ["body"] } } } } } }, "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions": { get: { operationId: "reactions/list-for-issue-comment", summary: "List reactions for an issue comment", docsUrl: "https://docs.github.com/rest/reactions/reactions#list-reactions-for-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }, { name: "content", in: "query", schema: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] }, required: false }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/reaction" } } } } }, "404": { $ref: "#/components/responses/not_found" } } }, post: { operationId: "reactions/create-for-issue-comment", summary: "Create reaction for an issue comment", docsUrl: "https://docs.github.com/rest/reactions/reactions#create-reaction-for-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/comment-id" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/reaction" } } } }, "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/reaction" } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { content: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] } }, required: ["content"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}": { get: { operationId: "issues/get", summary: "Get an issue", docsUrl: "https://docs.github.com/rest/issues/issues#get-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, patch: { operationId: "issues/update", summary: "Update an issue", docsUrl: "https://docs.github.com/rest/issues/issues#update-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/issue" }, { type: "object", properties: { suggestions: { type: "object", properties: { type: { type: "array", items: { type: "object", properties: { value: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, labels: { type: "array", items: { type: "object", properties: { name: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, assignees: { type: "array", items: { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } }, state: { type: "array", items: { type: "object", properties: { value: { type: "string" }, state_reason: { type: "string" }, duplicate_issue_id: { type: "integer" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] }, ignored: { type: "boolean" }, ignored_reason: { type: "string", enum: ["already_applied", "issue_already_closed"] } } } } } } } }] } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" }, "503": { $ref: "#/components/responses/service_unavailable" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { title: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, body: { type: "string", nullable: true }, assignee: { type: "string", nullable: true }, state: { type: "string", enum: ["open", "closed"] }, state_reason: { type: "string", enum: ["completed", "not_planned", "duplicate", "reopened"], nullable: true }, duplicate_issue_id: { type: "integer" }, milestone: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } }, assignees: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } }, issue_field_values: { type: "array", items: { type: "object", properties: { field_id: { type: "integer" }, value: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: { type: "string" } }] }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["field_id", "value"], additionalProperties: false } }, type: { nullable: true, oneOf: [{ type: "string" }, { type: "object", properties: { value: { type: "string", nullable: true }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } } }] } } } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/assignees": { post: { operationId: "issues/add-assignees", summary: "Add assignees to an issue", docsUrl: "https://docs.github.com/rest/issues/assignees#add-assignees-to-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { assignees: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { login: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["login"] }] } } } } } } } }, delete: { operationId: "issues/remove-assignees", summary: "Remove assignees from an issue", docsUrl: "https://docs.github.com/rest/reference/issues#remove-assignees-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue" } } } } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { assignees: { type: "array", items: { type: "string" } } }, required: ["assignees"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}": { get: { operationId: "issues/check-user-can-be-assigned-to-issue", summary: "Check if a user can be assigned to a issue", docsUrl: "https://docs.github.com/rest/issues/assignees#check-if-a-user-can-be-assigned-to-a-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { name: "assignee", in: "path", schema: { type: "string" }, required: true }], responses: { "204": {}, "404": { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/comments": { get: { operationId: "issues/list-comments", summary: "List issue comments", docsUrl: "https://docs.github.com/rest/issues/comments#list-issue-comments", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/since" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/issue-comment" } } } } }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, post: { operationId: "issues/create-comment", summary: "Create an issue comment", docsUrl: "https://docs.github.com/rest/issues/comments#create-an-issue-comment", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/issue-comment" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { body: { type: "string" } }, required: ["body"] } } } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/labels": { get: { operationId: "issues/list-labels-on-issue", summary: "List labels for an issue", docsUrl: "https://docs.github.com/rest/issues/labels#list-labels-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } }, put: { operationId: "issues/set-labels", summary: "Set labels for an issue", docsUrl: "https://docs.github.com/rest/issues/labels#set-labels-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { oneOf: [{ type: "object", properties: { labels: { type: "array", minItems: 1, items: { type: "string" } } } }, { type: "object", properties: { labels: { type: "array", minItems: 1, items: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } } } }] } } } } }, post: { operationId: "issues/add-labels", summary: "Add labels to an issue", docsUrl: "https://docs.github.com/rest/issues/labels#add-labels-to-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { oneOf: [{ type: "object", properties: { labels: { type: "array", minItems: 1, items: { oneOf: [{ type: "string" }, { type: "object", properties: { name: { type: "string" }, rationale: { type: "string" }, suggest: { type: "boolean" }, confidence: { type: "string", enum: ["low", "medium", "high"] } }, required: ["name"] }] } } } }] } } } } }, delete: { operationId: "issues/remove-all-labels", summary: "Remove all labels from an issue", docsUrl: "https://docs.github.com/rest/issues/labels#remove-all-labels-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }], responses: { "204": {}, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}": { delete: { operationId: "issues/remove-label", summary: "Remove a label from an issue", docsUrl: "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "301": { $ref: "#/components/responses/moved_permanently" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/issues/{issue_number}/timeline": { get: { operationId: "issues/list-events-for-timeline", summary: "List timeline events for an issue", docsUrl: "https://docs.github.com/rest/issues/timeline#list-timeline-events-for-an-issue", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/issue-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }, { $ref: "#/components/parameters/issue-timeline-exclude" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/timeline-issue-events" } } } } }, "400": { $ref: "#/components/responses/bad_request" }, "404": { $ref: "#/components/responses/not_found" }, "410": { $ref: "#/components/responses/gone" } } } }, "/repos/{owner}/{repo}/labels": { get: { operationId: "issues/list-labels-for-repo", summary: "List labels for a repository", docsUrl: "https://docs.github.com/rest/issues/labels#list-labels-for-a-repository", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/label" } } } } }, "404": { $ref: "#/components/responses/not_found" } } }, post: { operationId: "issues/create-label", summary: "Create a label", docsUrl: "https://docs.github.com/rest/issues/labels#create-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } }, "404": { $ref: "#/components/responses/not_found" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { name: { type: "string" }, color: { type: "string" }, description: { type: "string" } }, required: ["name"] } } } } } }, "/repos/{owner}/{repo}/labels/{name}": { get: { operationId: "issues/get-label", summary: "Get a label", docsUrl: "https://docs.github.com/rest/issues/labels#get-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } }, "404": { $ref: "#/components/responses/not_found" } } }, delete: { operationId: "issues/delete-label", summary: "Delete a label", docsUrl: "https://docs.github.com/rest/issues/labels#delete-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "204": {} } }, patch: { operationId: "issues/update-label", summary: "Update a label", docsUrl: "https://docs.github.com/rest/issues/labels#update-a-label", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "name", in: "path", schema: { type: "string" }, required: true }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/label" } } } } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { new_name: { type: "string" }, color: { type: "string" }, description: { type: "string" } } } } } } } }, "/repos/{owner}/{repo}/pulls": { get: { operationId: "pulls/list", summary: "List pull requests", docsUrl: "https://docs.github.com/rest/pulls/pulls#list-pull-requests", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { name: "state", in: "query", schema: { type: "string", enum: ["open", "closed", "all"], default: "open" }, required: false }, { name: "head", in: "query", schema: { type: "string" }, required: false }, { name: "base", in: "query", schema: { type: "string" }, required: false }, { name: "sort", in: "query", schema: { type: "string", enum: ["created", "updated", "popularity", "long-running"], default: "created" }, required: false }, { name: "direction", in: "query", schema: { type: "string", enum: ["asc", "desc"] }, required: false }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/pull-request-simple" } } } } }, "304": { $ref: "#/components/responses/not_modified" }, "422": { $ref: "#/components/responses/validation_failed" } } }, post: { operationId: "pulls/create", summary: "Create a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { title: { type: "string" }, head: { type: "string" }, head_repo: { type: "string", format: "repo.nwo" }, base: { type: "string" }, body: { type: "string" }, maintainer_can_modify: { type: "boolean" }, draft: { type: "boolean" }, issue: { type: "integer", format: "int64" } }, required: ["head", "base"] } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}": { get: { operationId: "pulls/get", summary: "Get a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#get-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "304": { $ref: "#/components/responses/not_modified" }, "404": { $ref: "#/components/responses/not_found" }, "406": { $ref: "#/components/responses/unacceptable" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } }, patch: { operationId: "pulls/update", summary: "Update a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#update-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { title: { type: "string" }, body: { type: "string" }, state: { type: "string", enum: ["open", "closed"] }, base: { type: "string" }, maintainer_can_modify: { type: "boolean" } } } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/files": { get: { operationId: "pulls/list-files", summary: "List pull requests files", docsUrl: "https://docs.github.com/rest/pulls/pulls#list-pull-requests-files", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }, { $ref: "#/components/parameters/per-page" }, { $ref: "#/components/parameters/page" }], responses: { "200": { content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } } } }, "422": { $ref: "#/components/responses/validation_failed" }, "500": { $ref: "#/components/responses/internal_error" }, "503": { $ref: "#/components/responses/service_unavailable" } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/merge": { get: { operationId: "pulls/check-if-merged", summary: "Check if a pull request has been merged", docsUrl: "https://docs.github.com/rest/pulls/pulls#check-if-a-pull-request-has-been-merged", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "204": {}, "404": {} } }, put: { operationId: "pulls/merge", summary: "Merge a pull request", docsUrl: "https://docs.github.com/rest/pulls/pulls#merge-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-merge-result" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "404": { $ref: "#/components/responses/not_found" }, "405": { content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" } } } } } }, "409": { content: { "application/json": { schema: { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" } } } } } }, "422": { $ref: "#/components/responses/validation_failed" } }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", nullable: true, properties: { commit_title: { type: "string" }, commit_message: { type: "string" }, sha: { type: "string" }, merge_method: { type: "string", enum: ["merge", "squash", "rebase"] } } } } } } } }, "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers": { get: { operationId: "pulls/list-requested-reviewers", summary: "Get all requested reviewers for a pull request", docsUrl: "https://docs.github.com/rest/pulls/review-requests#get-all-requested-reviewers-for-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-review-request" } } } } } }, post: { operationId: "pulls/request-reviewers", summary: "Request reviewers for a pull request", docsUrl: "https://docs.github.com/rest/reference/pulls#request-reviewers-for-a-pull-request", parameters: [{ $ref: "#/components/parameters/owner" }, { $ref: "#/components/parameters/repo" }, { $ref: "#/components/parameters/pull-number" }], responses: { "201": { content: { "application/json": { schema: { $ref: "#/components/schemas/pull-request-simple" } } } }, "403": { $ref: "#/components/responses/forbidden" }, "422": {} }, requestBody: { required: false, content: { "application/json": { schema: { type: "object", properties: { reviewers: { type: "array", items: { type: "string" } }, team_reviewers: { type: "array", items: { type: "string" } } } } } } } } }, "/user": { get: { operationId: "users/get-authenticated", summary: "Get the authenticated user", docsUrl: "https://docs.github.com/rest/users/users#get-the-authenticated-user", parameters: [], responses: { "200": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/private-user" }, { $ref: "#/components/schemas/public-user" }], discriminator: { propertyName: "user_view_type", mapping: { public: "#/components/schemas/public-user", private: "#/components/schemas/private-user" } } } } } }, "304": { $ref: "#/components/responses/not_modified" }, "401": { $ref: "#/components/responses/requires_authentication" }, "403": { $ref: "#/components/responses/forbidden" } } } }, "/users/{username}": { get: { operationId: "users/get-by-username", summary: "Get a user", docsUrl: "https://docs.github.com/rest/users/users#get-a-user", parameters: [{ $ref: "#/components/parameters/username" }], responses: { "200": { content: { "application/json": { schema: { oneOf: [{ $ref: "#/components/schemas/private-user" }, { $ref: "#/components/schemas/public-user" }], discriminator: { propertyName: "user_view_type", mapping: { public: "#/components/schemas/public-user", private: "#/components/schemas/private-user" } } } } } }, "404": { $ref: "#/components/responses/not_found" } } } } }, components: { schemas: { "added-to-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "author-association": { type: "string", enum: ["COLLABORATOR", "CONTRIBUTOR", "FIRST_TIMER", "FIRST_TIME_CONTRIBUTOR", "MANNEQUIN", "MEMBER", "NONE", "OWNER"] }, "auto-merge": { type: "object", properties: { enabled_by: { $ref: "#/components/schemas/simple-user" }, merge_method: { type: "string", enum: ["merge", "squash", "rebase"] }, commit_title: { type: "string" }, commit_message: { type: "string" } }, required: ["enabled_by", "merge_method", "commit_title", "commit_message"], nullable: true }, "basic-error": { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" }, url: { type: "string" }, status: { type: "string" } } }, blob: { type: "object", properties: { content: { type: "string" }, encoding: { type: "string" }, url: { type: "string", format: "uri" }, sha: { type: "string" }, size: { type: "integer", nullable: true }, node_id: { type: "string" }, highlighted_content: { type: "string" } }, required: ["sha", "url", "node_id", "size", "content", "encoding"] }, "blocked-by-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocked_by: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocked_by", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocked-by-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocked_by: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocked_by", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocking-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocking: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocking", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "blocking-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, blocking: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["blocking", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "branch-protection": { type: "object", properties: { url: { type: "string" }, enabled: { type: "boolean" }, required_status_checks: { $ref: "#/components/schemas/protected-branch-required-status-check" }, enforce_admins: { $ref: "#/components/schemas/protected-branch-admin-enforced" }, required_pull_request_reviews: { $ref: "#/components/schemas/protected-branch-pull-request-review" }, restrictions: { $ref: "#/components/schemas/branch-restriction-policy" }, required_linear_history: { type: "object", properties: { enabled: { type: "boolean" } } }, allow_force_pushes: { type: "object", properties: { enabled: { type: "boolean" } } }, allow_deletions: { type: "object", properties: { enabled: { type: "boolean" } } }, block_creations: { type: "object", properties: { enabled: { type: "boolean" } } }, required_conversation_resolution: { type: "object", properties: { enabled: { type: "boolean" } } }, name: { type: "string" }, protection_url: { type: "string" }, required_signatures: { type: "object", properties: { url: { type: "string", format: "uri" }, enabled: { type: "boolean" } }, required: ["url", "enabled"] }, lock_branch: { type: "object", properties: { enabled: { default: false, type: "boolean" } } }, allow_fork_syncing: { type: "object", properties: { enabled: { default: false, type: "boolean" } } } } }, "branch-restriction-policy": { type: "object", properties: { url: { type: "string", format: "uri" }, users_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, apps_url: { type: "string", format: "uri" }, users: { type: "array", items: { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string" }, gravatar_id: { type: "string" }, url: { type: "string" }, html_url: { type: "string" }, followers_url: { type: "string" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string" }, organizations_url: { type: "string" }, repos_url: { type: "string" }, events_url: { type: "string" }, received_events_url: { type: "string" }, type: { type: "string" }, site_admin: { type: "boolean" }, user_view_type: { type: "string" } } } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { type: "object", properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, owner: { type: "object", properties: { login: { type: "string" }, id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, repos_url: { type: "string" }, events_url: { type: "string" }, hooks_url: { type: "string" }, issues_url: { type: "string" }, members_url: { type: "string" }, public_members_url: { type: "string" }, avatar_url: { type: "string" }, description: { type: "string" }, gravatar_id: { type: "string" }, html_url: { type: "string" }, followers_url: { type: "string" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string" }, organizations_url: { type: "string" }, received_events_url: { type: "string" }, type: { type: "string" }, site_admin: { type: "boolean" }, user_view_type: { type: "string" } } }, name: { type: "string" }, client_id: { type: "string" }, description: { type: "string" }, external_url: { type: "string" }, html_url: { type: "string" }, created_at: { type: "string" }, updated_at: { type: "string" }, permissions: { type: "object", properties: { metadata: { type: "string" }, contents: { type: "string" }, issues: { type: "string" }, single_file: { type: "string" } } }, events: { type: "array", items: { type: "string" } } } } } }, required: ["url", "users_url", "teams_url", "apps_url", "users", "teams", "apps"] }, "branch-with-protection": { type: "object", properties: { name: { type: "string" }, commit: { $ref: "#/components/schemas/commit" }, _links: { type: "object", properties: { html: { type: "string" }, self: { type: "string", format: "uri" } }, required: ["html", "self"] }, protected: { type: "boolean" }, protection: { $ref: "#/components/schemas/branch-protection" }, protection_url: { type: "string", format: "uri" }, pattern: { type: "string" }, required_approving_review_count: { type: "integer" } }, required: ["name", "commit", "_links", "protection", "protected", "protection_url"] }, "code-of-conduct-simple": { type: "object", properties: { url: { type: "string", format: "uri" }, key: { type: "string" }, name: { type: "string" }, html_url: { type: "string", nullable: true, format: "uri" } }, required: ["url", "key", "name", "html_url"] }, commit: { type: "object", properties: { url: { type: "string", format: "uri" }, sha: { type: "string" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, comments_url: { type: "string", format: "uri" }, commit: { type: "object", properties: { url: { type: "string", format: "uri" }, author: { $ref: "#/components/schemas/nullable-git-user" }, committer: { $ref: "#/components/schemas/nullable-git-user" }, message: { type: "string" }, comment_count: { type: "integer" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, verification: { $ref: "#/components/schemas/verification" } }, required: ["author", "committer", "comment_count", "message", "tree", "url"] }, author: { nullable: true, oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/empty-object" }] }, committer: { nullable: true, oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/empty-object" }] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url"] } }, stats: { type: "object", properties: { additions: { type: "integer" }, deletions: { type: "integer" }, total: { type: "integer" } } }, files: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } }, required: ["url", "sha", "node_id", "html_url", "comments_url", "commit", "author", "committer", "parents"] }, "commit-comment": { type: "object", properties: { html_url: { type: "string", format: "uri" }, url: { type: "string", format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, body: { type: "string" }, path: { type: "string", nullable: true }, position: { type: "integer", nullable: true }, line: { type: "integer", nullable: true }, commit_id: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, author_association: { $ref: "#/components/schemas/author-association" }, reactions: { $ref: "#/components/schemas/reaction-rollup" } }, required: ["url", "html_url", "id", "node_id", "user", "position", "line", "path", "commit_id", "body", "author_association", "created_at", "updated_at"] }, "commit-comparison": { type: "object", properties: { url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, permalink_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, base_commit: { $ref: "#/components/schemas/commit" }, merge_base_commit: { $ref: "#/components/schemas/commit" }, status: { type: "string", enum: ["diverged", "ahead", "behind", "identical"] }, ahead_by: { type: "integer" }, behind_by: { type: "integer" }, total_commits: { type: "integer" }, commits: { type: "array", items: { $ref: "#/components/schemas/commit" } }, files: { type: "array", items: { $ref: "#/components/schemas/diff-entry" } } }, required: ["url", "html_url", "permalink_url", "diff_url", "patch_url", "base_commit", "merge_base_commit", "status", "ahead_by", "behind_by", "total_commits", "commits"] }, "content-directory": { type: "array", items: { type: "object", properties: { type: { type: "string", enum: ["dir", "file", "submodule", "symlink"] }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] } }, "content-file": { type: "object", properties: { type: { type: "string", enum: ["file"] }, encoding: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, content: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] }, target: { type: "string" }, submodule_git_url: { type: "string" } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "content", "encoding"] }, "content-submodule": { type: "object", properties: { type: { type: "string", enum: ["submodule"] }, submodule_git_url: { type: "string", format: "uri" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "submodule_git_url"] }, "content-symlink": { type: "object", properties: { type: { type: "string", enum: ["symlink"] }, target: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url", "target"] }, "content-tree": { type: "object", properties: { type: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, content: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, entries: { type: "array", items: { type: "object", properties: { type: { type: "string" }, size: { type: "integer" }, name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, url: { type: "string", format: "uri" }, git_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, download_url: { type: "string", format: "uri", nullable: true }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] } }, encoding: { type: "string" }, _links: { type: "object", properties: { git: { type: "string", format: "uri", nullable: true }, html: { type: "string", format: "uri", nullable: true }, self: { type: "string", format: "uri" } }, required: ["git", "html", "self"] } }, required: ["_links", "git_url", "html_url", "download_url", "name", "path", "sha", "size", "type", "url"] }, "converted-note-to-issue-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "demilestoned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, milestone: { type: "object", properties: { title: { type: "string" } }, required: ["title"] } }, required: ["milestone", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "diff-entry": { type: "object", properties: { sha: { type: "string", nullable: true }, filename: { type: "string" }, status: { type: "string", enum: ["added", "removed", "modified", "renamed", "copied", "changed", "unchanged"] }, additions: { type: "integer" }, deletions: { type: "integer" }, changes: { type: "integer" }, blob_url: { type: "string", format: "uri" }, raw_url: { type: "string", format: "uri" }, contents_url: { type: "string", format: "uri" }, patch: { type: "string" }, previous_filename: { type: "string" } }, required: ["additions", "blob_url", "changes", "contents_url", "deletions", "filename", "raw_url", "sha", "status"] }, "empty-object": { type: "object", properties: {}, additionalProperties: false }, enterprise: { type: "object", properties: { description: { type: "string", nullable: true }, html_url: { type: "string", format: "uri" }, website_url: { type: "string", nullable: true, format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, slug: { type: "string" }, created_at: { type: "string", nullable: true, format: "date-time" }, updated_at: { type: "string", nullable: true, format: "date-time" }, avatar_url: { type: "string", format: "uri" } }, required: ["id", "node_id", "name", "slug", "html_url", "created_at", "updated_at", "avatar_url"] }, "file-commit": { type: "object", required: ["content", "commit"], properties: { content: { type: "object", properties: { name: { type: "string" }, path: { type: "string" }, sha: { type: "string" }, size: { type: "integer" }, url: { type: "string" }, html_url: { type: "string" }, git_url: { type: "string" }, download_url: { type: "string" }, type: { type: "string" }, _links: { type: "object", properties: { self: { type: "string" }, git: { type: "string" }, html: { type: "string" } } } }, nullable: true }, commit: { type: "object", properties: { sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string" }, html_url: { type: "string" }, author: { type: "object", properties: { date: { type: "string" }, name: { type: "string" }, email: { type: "string" } } }, committer: { type: "object", properties: { date: { type: "string" }, name: { type: "string" }, email: { type: "string" } } }, message: { type: "string" }, tree: { type: "object", properties: { url: { type: "string" }, sha: { type: "string" } } }, parents: { type: "array", items: { type: "object", properties: { url: { type: "string" }, html_url: { type: "string" }, sha: { type: "string" } } } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } } } } } } }, "full-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, owner: { $ref: "#/components/schemas/simple-user" }, private: { type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { type: "boolean" }, has_projects: { type: "boolean" }, has_wiki: { type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { type: "boolean" }, has_discussions: { type: "boolean" }, has_pull_requests: { type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { type: "boolean" }, disabled: { type: "boolean" }, visibility: { type: "string" }, pushed_at: { type: "string", format: "date-time" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, maintain: { type: "boolean" }, push: { type: "boolean" }, triage: { type: "boolean" }, pull: { type: "boolean" } }, required: ["admin", "pull", "push"] }, allow_rebase_merge: { type: "boolean" }, template_repository: { $ref: "#/components/schemas/nullable-repository" }, temp_clone_token: { type: "string", nullable: true }, allow_squash_merge: { type: "boolean" }, allow_auto_merge: { type: "boolean" }, delete_branch_on_merge: { type: "boolean" }, allow_merge_commit: { type: "boolean" }, allow_update_branch: { type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean" }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { type: "boolean" }, subscribers_count: { type: "integer" }, network_count: { type: "integer" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, organization: { $ref: "#/components/schemas/nullable-simple-user" }, parent: { $ref: "#/components/schemas/repository" }, source: { $ref: "#/components/schemas/repository" }, forks: { type: "integer" }, master_branch: { type: "string" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, anonymous_access_enabled: { default: true, type: "boolean" }, code_of_conduct: { $ref: "#/components/schemas/code-of-conduct-simple" }, security_and_analysis: { $ref: "#/components/schemas/security-and-analysis" }, custom_properties: { type: "object", additionalProperties: true } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_issues", "has_projects", "has_wiki", "has_pages", "has_discussions", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at", "network_count", "subscribers_count"] }, "git-commit": { type: "object", properties: { sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, author: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, committer: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, message: { type: "string" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url", "html_url"] } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "signature", "payload", "verified_at"] }, html_url: { type: "string", format: "uri" } }, required: ["sha", "node_id", "url", "html_url", "author", "committer", "tree", "message", "parents", "verification"] }, "git-ref": { type: "object", properties: { ref: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, object: { type: "object", properties: { type: { type: "string" }, sha: { type: "string", minLength: 40, maxLength: 40 }, url: { type: "string", format: "uri" } }, required: ["type", "sha", "url"] } }, required: ["ref", "node_id", "url", "object"] }, "git-tree": { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, truncated: { type: "boolean" }, tree: { type: "array", items: { type: "object", required: ["path", "mode", "type", "sha"], properties: { path: { type: "string" }, mode: { type: "string" }, type: { type: "string" }, sha: { type: "string" }, size: { type: "integer" }, url: { type: "string" } } } } }, required: ["sha", "tree", "truncated"] }, integration: { type: "object", nullable: true, properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, client_id: { type: "string" }, owner: { oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/enterprise" }] }, name: { type: "string" }, description: { type: "string", nullable: true }, external_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { issues: { type: "string" }, checks: { type: "string" }, metadata: { type: "string" }, contents: { type: "string" }, deployments: { type: "string" } }, additionalProperties: { type: "string" } }, events: { type: "array", items: { type: "string" } }, installations_count: { type: "integer" } }, required: ["id", "node_id", "owner", "name", "description", "external_url", "html_url", "created_at", "updated_at", "permissions", "events"] }, issue: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, repository_url: { type: "string", format: "uri" }, labels_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { type: "string" }, state_reason: { type: "string", nullable: true, enum: ["completed", "reopened", "not_planned", "duplicate"] }, title: { type: "string" }, body: { type: "string", nullable: true }, user: { $ref: "#/components/schemas/nullable-simple-user" }, labels: { type: "array", items: { oneOf: [{ type: "string" }, { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", nullable: true }, default: { type: "boolean" } } }] } }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, locked: { type: "boolean" }, active_lock_reason: { type: "string", nullable: true }, comments: { type: "integer" }, pull_request: { type: "object", properties: { merged_at: { type: "string", format: "date-time", nullable: true }, diff_url: { type: "string", format: "uri", nullable: true }, html_url: { type: "string", format: "uri", nullable: true }, patch_url: { type: "string", format: "uri", nullable: true }, url: { type: "string", format: "uri", nullable: true } }, required: ["diff_url", "html_url", "patch_url", "url"] }, closed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, draft: { type: "boolean" }, closed_by: { $ref: "#/components/schemas/nullable-simple-user" }, body_html: { type: "string" }, body_text: { type: "string" }, timeline_url: { type: "string", format: "uri" }, type: { $ref: "#/components/schemas/issue-type" }, repository: { $ref: "#/components/schemas/repository" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, author_association: { $ref: "#/components/schemas/author-association" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, sub_issues_summary: { $ref: "#/components/schemas/sub-issues-summary" }, parent_issue_url: { type: "string", format: "uri", nullable: true }, pinned_comment: { $ref: "#/components/schemas/nullable-issue-comment" }, issue_dependencies_summary: { $ref: "#/components/schemas/issue-dependencies-summary" }, issue_field_values: { type: "array", items: { $ref: "#/components/schemas/issue-field-value" } } }, required: ["assignee", "closed_at", "comments", "comments_url", "events_url", "html_url", "id", "node_id", "labels", "labels_url", "milestone", "number", "repository_url", "state", "locked", "title", "url", "user", "created_at", "updated_at"] }, "issue-comment": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["id", "node_id", "html_url", "issue_url", "user", "url", "created_at", "updated_at"] }, "issue-dependencies-summary": { type: "object", properties: { blocked_by: { type: "integer" }, blocking: { type: "integer" }, total_blocked_by: { type: "integer" }, total_blocking: { type: "integer" } }, required: ["blocked_by", "blocking", "total_blocked_by", "total_blocking"] }, "issue-field-value": { type: "object", properties: { issue_field_id: { type: "integer", format: "int64" }, issue_field_name: { type: "string" }, node_id: { type: "string" }, data_type: { type: "string", enum: ["text", "single_select", "multi_select", "number", "date"] }, value: { anyOf: [{ type: "string" }, { type: "number" }, { type: "integer" }], nullable: true }, single_select_option: { type: "object", properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, color: { type: "string" } }, required: ["id", "name", "color"], nullable: true }, multi_select_options: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, name: { type: "string" }, color: { type: "string" } }, required: ["id", "name", "color"] }, nullable: true } }, required: ["issue_field_id", "node_id", "data_type", "value"] }, "issue-type": { type: "object", nullable: true, properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string", enum: ["gray", "blue", "green", "yellow", "orange", "red", "pink", "purple"], nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, is_enabled: { type: "boolean" } }, required: ["id", "node_id", "name", "description"] }, "issue-type-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-changed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, prev_issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["issue_type", "prev_issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, prev_issue_type: { $ref: "#/components/schemas/issue-type-webhook" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["prev_issue_type", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "issue-type-webhook": { type: "object", nullable: true, properties: { id: { type: "integer" }, name: { type: "string" }, color: { type: "string", enum: ["gray", "blue", "green", "yellow", "orange", "red", "pink", "purple"], nullable: true } }, required: ["id", "name"] }, label: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] }, "labeled-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, label: { type: "object", properties: { name: { type: "string" }, color: { type: "string" } }, required: ["name", "color"] }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["label", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, link: { type: "object", properties: { href: { type: "string" } }, required: ["href"] }, "locked-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, lock_reason: { type: "string", nullable: true } }, required: ["lock_reason", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "milestoned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, milestone: { type: "object", properties: { title: { type: "string" } }, required: ["title"] } }, required: ["milestone", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "moved-column-in-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "nullable-collaborator": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, email: { nullable: true, type: "string" }, name: { nullable: true, type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, permissions: { type: "object", properties: { pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" }, admin: { type: "boolean" } }, required: ["pull", "push", "admin"] }, role_name: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "role_name"], nullable: true }, "nullable-git-user": { type: "object", properties: { name: { type: "string" }, email: { type: "string" }, date: { type: "string", format: "date-time" } }, nullable: true }, "nullable-integration": { type: "object", nullable: true, properties: { id: { type: "integer" }, slug: { type: "string" }, node_id: { type: "string" }, client_id: { type: "string" }, owner: { oneOf: [{ $ref: "#/components/schemas/simple-user" }, { $ref: "#/components/schemas/enterprise" }] }, name: { type: "string" }, description: { type: "string", nullable: true }, external_url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, permissions: { type: "object", properties: { issues: { type: "string" }, checks: { type: "string" }, metadata: { type: "string" }, contents: { type: "string" }, deployments: { type: "string" } }, additionalProperties: { type: "string" } }, events: { type: "array", items: { type: "string" } }, installations_count: { type: "integer" } }, required: ["id", "node_id", "owner", "name", "description", "external_url", "html_url", "created_at", "updated_at", "permissions", "events"] }, "nullable-issue-comment": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["id", "node_id", "html_url", "issue_url", "user", "url", "created_at", "updated_at"], nullable: true }, "nullable-issue-comment-minimized": { type: "object", properties: { reason: { type: "string", nullable: true } }, required: ["reason"], nullable: true }, "nullable-issue-event-intent": { type: "object", nullable: true, properties: { rationale: { type: "string", nullable: true }, confidence: { type: "string", enum: ["LOW", "MEDIUM", "HIGH"], nullable: true } } }, "nullable-issue-reference": { type: "object", nullable: true, properties: { number: { type: "integer" }, title: { type: "string" }, state: { type: "string" }, state_reason: { type: "string", nullable: true }, repository: { $ref: "#/components/schemas/simple-repository" }, issue_type: { type: "object", nullable: true, properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, color: { type: "string", nullable: true } }, required: ["id", "node_id", "name"] } }, required: ["number", "title", "state", "repository", "issue_type"] }, "nullable-license-simple": { type: "object", properties: { key: { type: "string" }, name: { type: "string" }, url: { type: "string", nullable: true, format: "uri" }, spdx_id: { type: "string", nullable: true }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" } }, required: ["key", "name", "url", "spdx_id", "node_id"], nullable: true }, "nullable-milestone": { type: "object", properties: { url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, labels_url: { type: "string", format: "uri" }, id: { type: "integer" }, node_id: { type: "string" }, number: { type: "integer" }, state: { type: "string", enum: ["open", "closed"], default: "open" }, title: { type: "string" }, description: { type: "string", nullable: true }, creator: { $ref: "#/components/schemas/nullable-simple-user" }, open_issues: { type: "integer" }, closed_issues: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, due_on: { type: "string", format: "date-time", nullable: true } }, required: ["closed_issues", "creator", "description", "due_on", "closed_at", "id", "node_id", "labels_url", "html_url", "number", "open_issues", "state", "title", "url", "created_at", "updated_at"], nullable: true }, "nullable-pinned-issue-comment": { type: "object", properties: { pinned_at: { type: "string", format: "date-time" }, pinned_by: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["pinned_at", "pinned_by"], nullable: true }, "nullable-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, forks: { type: "integer" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" } }, required: ["admin", "pull", "push"] }, owner: { $ref: "#/components/schemas/simple-user" }, private: { default: false, type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { default: false, type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { default: true, type: "boolean" }, has_projects: { default: true, type: "boolean" }, has_wiki: { default: true, type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { default: true, type: "boolean" }, has_discussions: { default: false, type: "boolean" }, has_pull_requests: { default: true, type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { default: false, type: "boolean" }, disabled: { type: "boolean" }, visibility: { default: "public", type: "string" }, pushed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time", nullable: true }, updated_at: { type: "string", format: "date-time", nullable: true }, allow_rebase_merge: { default: true, type: "boolean" }, temp_clone_token: { type: "string" }, allow_squash_merge: { default: true, type: "boolean" }, allow_auto_merge: { default: false, type: "boolean" }, delete_branch_on_merge: { default: false, type: "boolean" }, allow_update_branch: { default: false, type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean", default: false }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_merge_commit: { default: true, type: "boolean" }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { default: false, type: "boolean" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, master_branch: { type: "string" }, starred_at: { type: "string" }, anonymous_access_enabled: { type: "boolean" }, code_search_index_status: { type: "object", properties: { lexical_search_ok: { type: "boolean" }, lexical_commit_sha: { type: "string" } } } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_downloads", "has_issues", "has_projects", "has_wiki", "has_pages", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at"], nullable: true }, "nullable-simple-user": { type: "object", properties: { name: { nullable: true, type: "string" }, email: { nullable: true, type: "string" }, login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, starred_at: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url"], nullable: true }, "nullable-team-simple": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, members_url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, permission: { type: "string" }, privacy: { type: "string" }, notification_setting: { type: "string" }, html_url: { type: "string", format: "uri" }, repositories_url: { type: "string", format: "uri" }, slug: { type: "string" }, ldap_dn: { type: "string" }, type: { type: "string", enum: ["enterprise", "organization"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "type"], nullable: true }, "parent-issue-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, parent_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["parent_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "parent-issue-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, parent_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["parent_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "private-user": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, user_view_type: { type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, name: { type: "string", nullable: true }, company: { type: "string", nullable: true }, blog: { type: "string", nullable: true }, location: { type: "string", nullable: true }, email: { type: "string", format: "email", nullable: true }, notification_email: { type: "string", format: "email", nullable: true }, hireable: { type: "boolean", nullable: true }, bio: { type: "string", nullable: true }, twitter_username: { type: "string", nullable: true }, public_repos: { type: "integer" }, public_gists: { type: "integer" }, followers: { type: "integer" }, following: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, private_gists: { type: "integer" }, total_private_repos: { type: "integer" }, owned_private_repos: { type: "integer" }, disk_usage: { type: "integer" }, collaborators: { type: "integer" }, two_factor_authentication: { type: "boolean" }, plan: { type: "object", properties: { collaborators: { type: "integer" }, name: { type: "string" }, space: { type: "integer" }, private_repos: { type: "integer" } }, required: ["collaborators", "name", "space", "private_repos"] }, business_plus: { type: "boolean" }, ldap_dn: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "bio", "blog", "company", "email", "followers", "following", "hireable", "location", "name", "public_gists", "public_repos", "created_at", "updated_at", "collaborators", "disk_usage", "owned_private_repos", "private_gists", "total_private_repos", "two_factor_authentication"] }, "protected-branch-admin-enforced": { type: "object", properties: { url: { type: "string", format: "uri" }, enabled: { type: "boolean" } }, required: ["url", "enabled"] }, "protected-branch-pull-request-review": { type: "object", properties: { url: { type: "string", format: "uri" }, dismissal_restrictions: { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { $ref: "#/components/schemas/integration" } }, url: { type: "string" }, users_url: { type: "string" }, teams_url: { type: "string" } } }, bypass_pull_request_allowances: { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, apps: { type: "array", items: { $ref: "#/components/schemas/integration" } } } }, dismiss_stale_reviews: { type: "boolean" }, require_code_owner_reviews: { type: "boolean" }, required_approving_review_count: { type: "integer", minimum: 0, maximum: 6 }, require_last_push_approval: { type: "boolean", default: false } }, required: ["dismiss_stale_reviews", "require_code_owner_reviews"] }, "protected-branch-required-status-check": { type: "object", properties: { url: { type: "string" }, enforcement_level: { type: "string" }, contexts: { type: "array", items: { type: "string" } }, checks: { type: "array", items: { type: "object", properties: { context: { type: "string" }, app_id: { type: "integer", nullable: true } }, required: ["context", "app_id"] } }, contexts_url: { type: "string" }, strict: { type: "boolean" } }, required: ["contexts", "checks"] }, "public-user": { type: "object", properties: { login: { type: "string" }, id: { type: "integer", format: "int64" }, user_view_type: { type: "string" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, name: { type: "string", nullable: true }, company: { type: "string", nullable: true }, blog: { type: "string", nullable: true }, location: { type: "string", nullable: true }, email: { type: "string", format: "email", nullable: true }, notification_email: { type: "string", format: "email", nullable: true }, hireable: { type: "boolean", nullable: true }, bio: { type: "string", nullable: true }, twitter_username: { type: "string", nullable: true }, public_repos: { type: "integer" }, public_gists: { type: "integer" }, followers: { type: "integer" }, following: { type: "integer" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, plan: { type: "object", properties: { collaborators: { type: "integer" }, name: { type: "string" }, space: { type: "integer" }, private_repos: { type: "integer" } }, required: ["collaborators", "name", "space", "private_repos"] }, private_gists: { type: "integer" }, total_private_repos: { type: "integer" }, owned_private_repos: { type: "integer" }, disk_usage: { type: "integer" }, collaborators: { type: "integer" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url", "bio", "blog", "company", "email", "followers", "following", "hireable", "location", "name", "public_gists", "public_repos", "created_at", "updated_at"], additionalProperties: false }, "pull-request": { type: "object", properties: { url: { type: "string", format: "uri" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, issue_url: { type: "string", format: "uri" }, commits_url: { type: "string", format: "uri" }, review_comments_url: { type: "string", format: "uri" }, review_comment_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, statuses_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { enum: ["open", "closed"], type: "string" }, locked: { type: "boolean" }, title: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" }, body: { type: "string", nullable: true }, labels: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, active_lock_reason: { type: "string", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, merged_at: { type: "string", format: "date-time", nullable: true }, merge_commit_sha: { type: "string", nullable: true }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_reviewers: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_teams: { type: "array", items: { $ref: "#/components/schemas/team-simple" } }, head: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, base: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, _links: { type: "object", properties: { comments: { $ref: "#/components/schemas/link" }, commits: { $ref: "#/components/schemas/link" }, statuses: { $ref: "#/components/schemas/link" }, html: { $ref: "#/components/schemas/link" }, issue: { $ref: "#/components/schemas/link" }, review_comments: { $ref: "#/components/schemas/link" }, review_comment: { $ref: "#/components/schemas/link" }, self: { $ref: "#/components/schemas/link" } }, required: ["comments", "commits", "statuses", "html", "issue", "review_comments", "review_comment", "self"] }, author_association: { $ref: "#/components/schemas/author-association" }, auto_merge: { $ref: "#/components/schemas/auto-merge" }, stack: { $ref: "#/components/schemas/pull-request-stack" }, draft: { type: "boolean" }, merged: { type: "boolean" }, mergeable: { type: "boolean", nullable: true }, rebaseable: { type: "boolean", nullable: true }, mergeable_state: { type: "string" }, merged_by: { $ref: "#/components/schemas/nullable-simple-user" }, comments: { type: "integer" }, review_comments: { type: "integer" }, maintainer_can_modify: { type: "boolean" }, commits: { type: "integer" }, additions: { type: "integer" }, deletions: { type: "integer" }, changed_files: { type: "integer" } }, required: ["_links", "assignee", "labels", "base", "body", "closed_at", "comments_url", "commits_url", "created_at", "diff_url", "head", "html_url", "id", "node_id", "issue_url", "merge_commit_sha", "merged_at", "milestone", "number", "patch_url", "review_comment_url", "review_comments_url", "statuses_url", "state", "locked", "title", "updated_at", "url", "user", "author_association", "auto_merge", "additions", "changed_files", "comments", "commits", "deletions", "mergeable", "mergeable_state", "merged", "maintainer_can_modify", "merged_by", "review_comments"] }, "pull-request-merge-result": { type: "object", properties: { sha: { type: "string" }, merged: { type: "boolean" }, message: { type: "string" } }, required: ["merged", "message", "sha"] }, "pull-request-review-comment": { type: "object", properties: { url: { type: "string" }, pull_request_review_id: { type: "integer", format: "int64", nullable: true }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, diff_hunk: { type: "string" }, path: { type: "string" }, position: { type: "integer" }, original_position: { type: "integer" }, commit_id: { type: "string" }, original_commit_id: { type: "string" }, in_reply_to_id: { type: "integer" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, body: { type: "string" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, html_url: { type: "string", format: "uri" }, pull_request_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, _links: { type: "object", properties: { self: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] }, html: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] }, pull_request: { type: "object", properties: { href: { type: "string", format: "uri" } }, required: ["href"] } }, required: ["self", "html", "pull_request"] }, start_line: { type: "integer", nullable: true }, original_start_line: { type: "integer", nullable: true }, start_side: { type: "string", enum: ["LEFT", "RIGHT"], default: "RIGHT", nullable: true }, line: { type: "integer" }, original_line: { type: "integer" }, side: { enum: ["LEFT", "RIGHT"], default: "RIGHT", type: "string" }, subject_type: { type: "string", enum: ["line", "file"] }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, body_html: { type: "string" }, body_text: { type: "string" } }, required: ["url", "id", "node_id", "pull_request_review_id", "diff_hunk", "path", "commit_id", "original_commit_id", "user", "body", "created_at", "updated_at", "html_url", "pull_request_url", "author_association", "_links"] }, "pull-request-review-request": { type: "object", properties: { users: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, teams: { type: "array", items: { $ref: "#/components/schemas/team" } } }, required: ["users", "teams"] }, "pull-request-simple": { type: "object", properties: { url: { type: "string", format: "uri" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, html_url: { type: "string", format: "uri" }, diff_url: { type: "string", format: "uri" }, patch_url: { type: "string", format: "uri" }, issue_url: { type: "string", format: "uri" }, commits_url: { type: "string", format: "uri" }, review_comments_url: { type: "string", format: "uri" }, review_comment_url: { type: "string" }, comments_url: { type: "string", format: "uri" }, statuses_url: { type: "string", format: "uri" }, number: { type: "integer" }, state: { type: "string" }, locked: { type: "boolean" }, title: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, body: { type: "string", nullable: true }, labels: { type: "array", items: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, url: { type: "string" }, name: { type: "string" }, description: { type: "string" }, color: { type: "string" }, default: { type: "boolean" } }, required: ["id", "node_id", "url", "name", "description", "color", "default"] } }, milestone: { $ref: "#/components/schemas/nullable-milestone" }, active_lock_reason: { type: "string", nullable: true }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, closed_at: { type: "string", format: "date-time", nullable: true }, merged_at: { type: "string", format: "date-time", nullable: true }, merge_commit_sha: { type: "string", nullable: true }, assignee: { $ref: "#/components/schemas/nullable-simple-user" }, assignees: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_reviewers: { type: "array", items: { $ref: "#/components/schemas/simple-user" } }, requested_teams: { type: "array", items: { $ref: "#/components/schemas/team" } }, head: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, base: { type: "object", properties: { label: { type: "string" }, ref: { type: "string" }, repo: { $ref: "#/components/schemas/repository" }, sha: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" } }, required: ["label", "ref", "repo", "sha", "user"] }, _links: { type: "object", properties: { comments: { $ref: "#/components/schemas/link" }, commits: { $ref: "#/components/schemas/link" }, statuses: { $ref: "#/components/schemas/link" }, html: { $ref: "#/components/schemas/link" }, issue: { $ref: "#/components/schemas/link" }, review_comments: { $ref: "#/components/schemas/link" }, review_comment: { $ref: "#/components/schemas/link" }, self: { $ref: "#/components/schemas/link" } }, required: ["comments", "commits", "statuses", "html", "issue", "review_comments", "review_comment", "self"] }, author_association: { $ref: "#/components/schemas/author-association" }, auto_merge: { $ref: "#/components/schemas/auto-merge" }, stack: { $ref: "#/components/schemas/pull-request-stack" }, draft: { type: "boolean" } }, required: ["_links", "assignee", "labels", "base", "body", "closed_at", "comments_url", "commits_url", "created_at", "diff_url", "head", "html_url", "id", "node_id", "issue_url", "merge_commit_sha", "merged_at", "milestone", "number", "patch_url", "review_comment_url", "review_comments_url", "statuses_url", "state", "locked", "title", "updated_at", "url", "user", "author_association", "auto_merge"] }, "pull-request-stack": { type: "object", properties: { base: { type: "object", properties: { ref: { type: "string" }, sha: { type: "string" } }, required: ["ref", "sha"] }, size: { type: "integer" }, position: { type: "integer" }, id: { type: "integer" }, number: { type: "integer" } }, required: ["base"], nullable: true }, "rate-limit": { type: "object", properties: { limit: { type: "integer" }, remaining: { type: "integer" }, reset: { type: "integer" }, used: { type: "integer" } }, required: ["limit", "remaining", "reset", "used"] }, "rate-limit-overview": { type: "object", properties: { resources: { type: "object", properties: { core: { $ref: "#/components/schemas/rate-limit" }, graphql: { $ref: "#/components/schemas/rate-limit" }, search: { $ref: "#/components/schemas/rate-limit" }, code_search: { $ref: "#/components/schemas/rate-limit" }, source_import: { $ref: "#/components/schemas/rate-limit" }, integration_manifest: { $ref: "#/components/schemas/rate-limit" }, actions_runner_registration: { $ref: "#/components/schemas/rate-limit" }, scim: { $ref: "#/components/schemas/rate-limit" }, dependency_snapshots: { $ref: "#/components/schemas/rate-limit" }, dependency_sbom: { $ref: "#/components/schemas/rate-limit" }, code_scanning_autofix: { $ref: "#/components/schemas/rate-limit" }, copilot_usage_records: { $ref: "#/components/schemas/rate-limit" } }, required: ["core", "search"] }, rate: { $ref: "#/components/schemas/rate-limit" } }, required: ["rate", "resources"] }, reaction: { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, user: { $ref: "#/components/schemas/nullable-simple-user" }, content: { type: "string", enum: ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] }, created_at: { type: "string", format: "date-time" } }, required: ["id", "node_id", "user", "content", "created_at"] }, "reaction-rollup": { type: "object", properties: { url: { type: "string", format: "uri" }, total_count: { type: "integer" }, "+1": { type: "integer" }, "-1": { type: "integer" }, laugh: { type: "integer" }, confused: { type: "integer" }, heart: { type: "integer" }, hooray: { type: "integer" }, eyes: { type: "integer" }, rocket: { type: "integer" } }, required: ["url", "total_count", "+1", "-1", "laugh", "confused", "heart", "hooray", "eyes", "rocket"] }, "removed-from-project-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, project_card: { type: "object", properties: { id: { type: "integer" }, url: { type: "string", format: "uri" }, project_id: { type: "integer" }, project_url: { type: "string", format: "uri" }, column_name: { type: "string" }, previous_column_name: { type: "string" } }, required: ["id", "url", "project_id", "project_url", "column_name"] } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "renamed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, rename: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } }, required: ["from", "to"] } }, required: ["rename", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, repository: { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, license: { $ref: "#/components/schemas/nullable-license-simple" }, forks: { type: "integer" }, permissions: { type: "object", properties: { admin: { type: "boolean" }, pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" } }, required: ["admin", "pull", "push"] }, owner: { $ref: "#/components/schemas/simple-user" }, private: { default: false, type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, git_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, ssh_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, clone_url: { type: "string" }, mirror_url: { type: "string", format: "uri", nullable: true }, hooks_url: { type: "string", format: "uri" }, svn_url: { type: "string", format: "uri" }, homepage: { type: "string", format: "uri", nullable: true }, language: { type: "string", nullable: true }, forks_count: { type: "integer" }, stargazers_count: { type: "integer" }, watchers_count: { type: "integer" }, size: { type: "integer" }, default_branch: { type: "string" }, open_issues_count: { type: "integer" }, is_template: { default: false, type: "boolean" }, topics: { type: "array", items: { type: "string" } }, has_issues: { default: true, type: "boolean" }, has_projects: { default: true, type: "boolean" }, has_wiki: { default: true, type: "boolean" }, has_pages: { type: "boolean" }, has_downloads: { default: true, type: "boolean" }, has_discussions: { default: false, type: "boolean" }, has_pull_requests: { default: true, type: "boolean" }, pull_request_creation_policy: { type: "string", enum: ["all", "collaborators_only"] }, archived: { default: false, type: "boolean" }, disabled: { type: "boolean" }, visibility: { default: "public", type: "string" }, pushed_at: { type: "string", format: "date-time", nullable: true }, created_at: { type: "string", format: "date-time", nullable: true }, updated_at: { type: "string", format: "date-time", nullable: true }, allow_rebase_merge: { default: true, type: "boolean" }, temp_clone_token: { type: "string" }, allow_squash_merge: { default: true, type: "boolean" }, allow_auto_merge: { default: false, type: "boolean" }, delete_branch_on_merge: { default: false, type: "boolean" }, allow_update_branch: { default: false, type: "boolean" }, use_squash_pr_title_as_default: { type: "boolean", default: false }, squash_merge_commit_title: { type: "string", enum: ["PR_TITLE", "COMMIT_OR_PR_TITLE"] }, squash_merge_commit_message: { type: "string", enum: ["PR_BODY", "COMMIT_MESSAGES", "BLANK"] }, merge_commit_title: { type: "string", enum: ["PR_TITLE", "MERGE_MESSAGE"] }, merge_commit_message: { type: "string", enum: ["PR_BODY", "PR_TITLE", "BLANK"] }, allow_merge_commit: { default: true, type: "boolean" }, allow_forking: { type: "boolean" }, web_commit_signoff_required: { default: false, type: "boolean" }, open_issues: { type: "integer" }, watchers: { type: "integer" }, master_branch: { type: "string" }, starred_at: { type: "string" }, anonymous_access_enabled: { type: "boolean" }, code_search_index_status: { type: "object", properties: { lexical_search_ok: { type: "boolean" }, lexical_commit_sha: { type: "string" } } } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url", "clone_url", "default_branch", "forks", "forks_count", "git_url", "has_downloads", "has_issues", "has_projects", "has_wiki", "has_pages", "homepage", "language", "archived", "disabled", "mirror_url", "open_issues", "open_issues_count", "license", "pushed_at", "size", "ssh_url", "stargazers_count", "svn_url", "watchers", "watchers_count", "created_at", "updated_at"] }, "repository-collaborator-permission": { type: "object", properties: { permission: { type: "string" }, role_name: { type: "string" }, user: { $ref: "#/components/schemas/nullable-collaborator" } }, required: ["permission", "role_name", "user"] }, "repository-rule-violation-error": { type: "object", properties: { message: { type: "string" }, documentation_url: { type: "string" }, status: { type: "string" }, metadata: { type: "object", properties: { secret_scanning: { type: "object", properties: { bypass_placeholders: { type: "array", items: { type: "object", properties: { placeholder_id: { $ref: "#/components/schemas/secret-scanning-push-protection-bypass-placeholder-id" }, token_type: { type: "string" } } } } } } } } } }, "review-dismissed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, dismissed_review: { type: "object", properties: { state: { type: "string" }, review_id: { type: "integer" }, dismissal_message: { nullable: true, type: "string" }, dismissal_commit_id: { type: "string" } }, required: ["state", "review_id", "dismissal_message"] } }, required: ["dismissed_review", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "review-request-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, review_requester: { $ref: "#/components/schemas/simple-user" }, requested_team: { $ref: "#/components/schemas/team" }, requested_reviewer: { $ref: "#/components/schemas/simple-user" } }, required: ["review_requester", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "review-requested-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, review_requester: { $ref: "#/components/schemas/simple-user" }, requested_team: { $ref: "#/components/schemas/team" }, requested_reviewer: { $ref: "#/components/schemas/simple-user" } }, required: ["review_requester", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "scim-error": { type: "object", properties: { message: { type: "string", nullable: true }, documentation_url: { type: "string", nullable: true }, detail: { type: "string", nullable: true }, status: { type: "integer" }, scimType: { type: "string", nullable: true }, schemas: { type: "array", items: { type: "string" } } } }, "secret-scanning-push-protection-bypass-placeholder-id": { type: "string" }, "security-and-analysis": { nullable: true, type: "object", properties: { advanced_security: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, code_security: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, dependabot_security_updates: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_push_protection: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_non_provider_patterns: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_ai_detection: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_alert_dismissal: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_bypass: { type: "object", properties: { status: { type: "string", enum: ["enabled", "disabled"] } } }, secret_scanning_delegated_bypass_options: { type: "object", properties: { reviewers: { type: "array", items: { type: "object", required: ["reviewer_id", "reviewer_type"], properties: { reviewer_id: { type: "integer" }, reviewer_type: { type: "string", enum: ["TEAM", "ROLE"] }, mode: { type: "string", enum: ["ALWAYS", "EXEMPT"], default: "ALWAYS" } } } } } } } }, "short-blob": { type: "object", properties: { url: { type: "string" }, sha: { type: "string" } }, required: ["url", "sha"] }, "simple-repository": { type: "object", properties: { id: { type: "integer", format: "int64" }, node_id: { type: "string" }, name: { type: "string" }, full_name: { type: "string" }, owner: { $ref: "#/components/schemas/simple-user" }, private: { type: "boolean" }, html_url: { type: "string", format: "uri" }, description: { type: "string", nullable: true }, fork: { type: "boolean" }, url: { type: "string", format: "uri" }, archive_url: { type: "string" }, assignees_url: { type: "string" }, blobs_url: { type: "string" }, branches_url: { type: "string" }, collaborators_url: { type: "string" }, comments_url: { type: "string" }, commits_url: { type: "string" }, compare_url: { type: "string" }, contents_url: { type: "string" }, contributors_url: { type: "string", format: "uri" }, deployments_url: { type: "string", format: "uri" }, downloads_url: { type: "string", format: "uri" }, events_url: { type: "string", format: "uri" }, forks_url: { type: "string", format: "uri" }, git_commits_url: { type: "string" }, git_refs_url: { type: "string" }, git_tags_url: { type: "string" }, issue_comment_url: { type: "string" }, issue_events_url: { type: "string" }, issues_url: { type: "string" }, keys_url: { type: "string" }, labels_url: { type: "string" }, languages_url: { type: "string", format: "uri" }, merges_url: { type: "string", format: "uri" }, milestones_url: { type: "string" }, notifications_url: { type: "string" }, pulls_url: { type: "string" }, releases_url: { type: "string" }, stargazers_url: { type: "string", format: "uri" }, statuses_url: { type: "string" }, subscribers_url: { type: "string", format: "uri" }, subscription_url: { type: "string", format: "uri" }, tags_url: { type: "string", format: "uri" }, teams_url: { type: "string", format: "uri" }, trees_url: { type: "string" }, hooks_url: { type: "string", format: "uri" } }, required: ["archive_url", "assignees_url", "blobs_url", "branches_url", "collaborators_url", "comments_url", "commits_url", "compare_url", "contents_url", "contributors_url", "deployments_url", "description", "downloads_url", "events_url", "fork", "forks_url", "full_name", "git_commits_url", "git_refs_url", "git_tags_url", "hooks_url", "html_url", "id", "node_id", "issue_comment_url", "issue_events_url", "issues_url", "keys_url", "labels_url", "languages_url", "merges_url", "milestones_url", "name", "notifications_url", "owner", "private", "pulls_url", "releases_url", "stargazers_url", "statuses_url", "subscribers_url", "subscription_url", "tags_url", "teams_url", "trees_url", "url"] }, "simple-user": { type: "object", properties: { name: { nullable: true, type: "string" }, email: { nullable: true, type: "string" }, login: { type: "string" }, id: { type: "integer", format: "int64" }, node_id: { type: "string" }, avatar_url: { type: "string", format: "uri" }, gravatar_id: { type: "string", nullable: true }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, followers_url: { type: "string", format: "uri" }, following_url: { type: "string" }, gists_url: { type: "string" }, starred_url: { type: "string" }, subscriptions_url: { type: "string", format: "uri" }, organizations_url: { type: "string", format: "uri" }, repos_url: { type: "string", format: "uri" }, events_url: { type: "string" }, received_events_url: { type: "string", format: "uri" }, type: { type: "string" }, site_admin: { type: "boolean" }, starred_at: { type: "string" }, user_view_type: { type: "string" } }, required: ["avatar_url", "events_url", "followers_url", "following_url", "gists_url", "gravatar_id", "html_url", "id", "node_id", "login", "organizations_url", "received_events_url", "repos_url", "site_admin", "starred_url", "subscriptions_url", "type", "url"] }, "state-change-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, state_reason: { type: "string", nullable: true }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issue-added-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, sub_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["sub_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issue-removed-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, sub_issue: { $ref: "#/components/schemas/nullable-issue-reference" } }, required: ["sub_issue", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "sub-issues-summary": { type: "object", properties: { total: { type: "integer" }, completed: { type: "integer" }, percent_completed: { type: "integer" } }, required: ["total", "completed", "percent_completed"] }, team: { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, slug: { type: "string" }, description: { type: "string", nullable: true }, privacy: { type: "string" }, notification_setting: { type: "string" }, permission: { type: "string" }, permissions: { type: "object", properties: { pull: { type: "boolean" }, triage: { type: "boolean" }, push: { type: "boolean" }, maintain: { type: "boolean" }, admin: { type: "boolean" } }, required: ["pull", "triage", "push", "maintain", "admin"] }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" }, members_url: { type: "string" }, repositories_url: { type: "string", format: "uri" }, type: { type: "string", enum: ["enterprise", "organization"] }, access_source: { type: "string", enum: ["direct", "organization", "enterprise"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" }, parent: { $ref: "#/components/schemas/nullable-team-simple" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "parent", "type"] }, "team-simple": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, members_url: { type: "string" }, name: { type: "string" }, description: { type: "string", nullable: true }, permission: { type: "string" }, privacy: { type: "string" }, notification_setting: { type: "string" }, html_url: { type: "string", format: "uri" }, repositories_url: { type: "string", format: "uri" }, slug: { type: "string" }, ldap_dn: { type: "string" }, type: { type: "string", enum: ["enterprise", "organization"] }, organization_id: { type: "integer" }, enterprise_id: { type: "integer" } }, required: ["id", "node_id", "url", "members_url", "name", "description", "permission", "html_url", "repositories_url", "slug", "type"] }, "timeline-assigned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, assignee: { $ref: "#/components/schemas/simple-user" }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app", "assignee"] }, "timeline-comment-event": { type: "object", properties: { event: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, body: { type: "string" }, body_text: { type: "string" }, body_html: { type: "string" }, html_url: { type: "string", format: "uri" }, user: { $ref: "#/components/schemas/simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, issue_url: { type: "string", format: "uri" }, author_association: { $ref: "#/components/schemas/author-association" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, reactions: { $ref: "#/components/schemas/reaction-rollup" }, pin: { $ref: "#/components/schemas/nullable-pinned-issue-comment" }, minimized: { $ref: "#/components/schemas/nullable-issue-comment-minimized" } }, required: ["event", "actor", "id", "node_id", "html_url", "issue_url", "author_association", "user", "url", "created_at", "updated_at"] }, "timeline-commit-commented-event": { type: "object", properties: { event: { type: "string" }, node_id: { type: "string" }, commit_id: { type: "string" }, comments: { type: "array", items: { $ref: "#/components/schemas/commit-comment" } } } }, "timeline-committed-event": { type: "object", properties: { event: { type: "string" }, sha: { type: "string" }, node_id: { type: "string" }, url: { type: "string", format: "uri" }, author: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, committer: { type: "object", properties: { date: { format: "date-time", type: "string" }, email: { type: "string" }, name: { type: "string" } }, required: ["email", "name", "date"] }, message: { type: "string" }, tree: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" } }, required: ["sha", "url"] }, parents: { type: "array", items: { type: "object", properties: { sha: { type: "string" }, url: { type: "string", format: "uri" }, html_url: { type: "string", format: "uri" } }, required: ["sha", "url", "html_url"] } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, signature: { type: "string", nullable: true }, payload: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "signature", "payload", "verified_at"] }, html_url: { type: "string", format: "uri" } }, required: ["sha", "node_id", "url", "html_url", "author", "committer", "tree", "message", "parents", "verification"] }, "timeline-cross-referenced-event": { type: "object", properties: { event: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, source: { type: "object", properties: { type: { type: "string" }, issue: { $ref: "#/components/schemas/issue" } } } }, required: ["event", "created_at", "updated_at", "source"] }, "timeline-issue-events": { type: "object", anyOf: [{ $ref: "#/components/schemas/labeled-issue-event" }, { $ref: "#/components/schemas/unlabeled-issue-event" }, { $ref: "#/components/schemas/milestoned-issue-event" }, { $ref: "#/components/schemas/demilestoned-issue-event" }, { $ref: "#/components/schemas/renamed-issue-event" }, { $ref: "#/components/schemas/review-requested-issue-event" }, { $ref: "#/components/schemas/review-request-removed-issue-event" }, { $ref: "#/components/schemas/review-dismissed-issue-event" }, { $ref: "#/components/schemas/locked-issue-event" }, { $ref: "#/components/schemas/added-to-project-issue-event" }, { $ref: "#/components/schemas/moved-column-in-project-issue-event" }, { $ref: "#/components/schemas/removed-from-project-issue-event" }, { $ref: "#/components/schemas/converted-note-to-issue-issue-event" }, { $ref: "#/components/schemas/timeline-comment-event" }, { $ref: "#/components/schemas/timeline-cross-referenced-event" }, { $ref: "#/components/schemas/timeline-committed-event" }, { $ref: "#/components/schemas/timeline-reviewed-event" }, { $ref: "#/components/schemas/timeline-line-commented-event" }, { $ref: "#/components/schemas/timeline-commit-commented-event" }, { $ref: "#/components/schemas/timeline-assigned-issue-event" }, { $ref: "#/components/schemas/timeline-unassigned-issue-event" }, { $ref: "#/components/schemas/state-change-issue-event" }, { $ref: "#/components/schemas/issue-type-added-issue-event" }, { $ref: "#/components/schemas/issue-type-removed-issue-event" }, { $ref: "#/components/schemas/issue-type-changed-issue-event" }, { $ref: "#/components/schemas/sub-issue-added-issue-event" }, { $ref: "#/components/schemas/sub-issue-removed-issue-event" }, { $ref: "#/components/schemas/parent-issue-added-issue-event" }, { $ref: "#/components/schemas/parent-issue-removed-issue-event" }, { $ref: "#/components/schemas/blocked-by-added-issue-event" }, { $ref: "#/components/schemas/blocked-by-removed-issue-event" }, { $ref: "#/components/schemas/blocking-added-issue-event" }, { $ref: "#/components/schemas/blocking-removed-issue-event" }] }, "timeline-line-commented-event": { type: "object", properties: { event: { type: "string" }, node_id: { type: "string" }, comments: { type: "array", items: { $ref: "#/components/schemas/pull-request-review-comment" } } } }, "timeline-reviewed-event": { type: "object", properties: { event: { type: "string" }, id: { type: "integer" }, node_id: { type: "string" }, user: { $ref: "#/components/schemas/simple-user" }, body: { nullable: true, type: "string" }, state: { type: "string" }, html_url: { type: "string", format: "uri" }, pull_request_url: { type: "string", format: "uri" }, _links: { type: "object", properties: { html: { type: "object", properties: { href: { type: "string" } }, required: ["href"] }, pull_request: { type: "object", properties: { href: { type: "string" } }, required: ["href"] } }, required: ["html", "pull_request"] }, submitted_at: { type: "string", format: "date-time" }, updated_at: { type: "string", nullable: true, format: "date-time" }, commit_id: { type: "string" }, body_html: { type: "string" }, body_text: { type: "string" }, author_association: { $ref: "#/components/schemas/author-association" } }, required: ["event", "id", "node_id", "user", "body", "state", "commit_id", "html_url", "pull_request_url", "_links", "author_association"] }, "timeline-unassigned-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, assignee: { $ref: "#/components/schemas/simple-user" } }, required: ["id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app", "assignee"] }, "unlabeled-issue-event": { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, url: { type: "string" }, actor: { $ref: "#/components/schemas/simple-user" }, event: { type: "string" }, commit_id: { type: "string", nullable: true }, commit_url: { type: "string", nullable: true }, created_at: { type: "string" }, performed_via_github_app: { $ref: "#/components/schemas/nullable-integration" }, label: { type: "object", properties: { name: { type: "string" }, color: { type: "string" } }, required: ["name", "color"] }, intent: { $ref: "#/components/schemas/nullable-issue-event-intent" } }, required: ["label", "id", "node_id", "url", "actor", "event", "commit_id", "commit_url", "created_at", "performed_via_github_app"] }, "validation-error": { type: "object", required: ["message", "documentation_url"], properties: { message: { type: "string" }, documentation_url: { type: "string" }, errors: { type: "array", items: { type: "object", required: ["code"], properties: { resource: { type: "string" }, field: { type: "string" }, message: { type: "string" }, code: { type: "string" }, index: { type: "integer" }, value: { oneOf: [{ type: "string", nullable: true }, { type: "integer", nullable: true }, { type: "array", nullable: true, items: { type: "string" } }] } } } } } }, "validation-error-simple": { type: "object", required: ["message", "documentation_url"], properties: { message: { type: "string" }, documentation_url: { type: "string" }, errors: { type: "array", items: { type: "string" } } } }, verification: { type: "object", properties: { verified: { type: "boolean" }, reason: { type: "string" }, payload: { type: "string", nullable: true }, signature: { type: "string", nullable: true }, verified_at: { type: "string", nullable: true } }, required: ["verified", "reason", "payload", "signature", "verified_at"] }, workflow: { type: "object", properties: { id: { type: "integer" }, node_id: { type: "string" }, name: { type: "string" }, path: { type: "string" }, state: { type: "string", enum: ["active", "deleted", "disabled_fork", "disabled_inactivity", "disabled_manually"] }, created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" }, url: { type: "string" }, html_url: { type: "string" }, badge_url: { type: "string" }, deleted_at: { type: "string", format: "date-time" } }, required: ["id", "node_id", "name", "path", "state", "url", "html_url", "badge_url", "created_at", "updated_at"] } }, responses: { bad_request: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } }, "application/scim+json": { schema: { $ref: "#/components/schemas/scim-error" } } } }, conflict: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, forbidden: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, found: {}, gone: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, internal_error: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, moved_permanently: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, not_found: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, not_modified: {}, requires_authentication: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, service_unavailable: { content: { "application/json": { schema: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, documentation_url: { type: "string" } } } } } }, unacceptable: { content: { "application/json": { schema: { $ref: "#/components/schemas/basic-error" } } } }, validation_failed: { content: { "application/json": { schema: { $ref: "#/components/schemas/validation-error" } } } } }, parameters: { branch: { name: "branch", in: "path", schema: { type: "string" }, required: true }, "comment-id": { name: "comment_id", in: "path", schema: { type: "integer", format: "int64" }, required: true }, "commit-sha": { name: "commit_sha", in: "path", schema: { type: "string" }, required: true }, direction: { name: "direction", in: "query", schema: { type: "string", enum: ["asc", "desc"], default: "desc" }, required: false }, "git-ref-only": { name: "ref", in: "path", schema: { type: "string" }, required: true }, "issue-number": { name: "issue_number", in: "path", schema: { type: "integer" }, required: true }, "issue-timeline-exclude": { name: "exclude", in: "query", schema: { type: "string" } }, labels: { name: "labels", in: "query", schema: { type: "string" }, required: false }, owner: { name: "owner", in: "path", schema: { type: "string" }, required: true }, page: { name: "page", in: "query", schema: { type: "integer", default: 1 } }, "per-page": { name: "per_page", in: "query", schema: { type: "integer", default: 30 } }, "pull-number": { name: "pull_number", in: "path", schema: { type: "integer" }, required: true }, repo: { name: "repo", in: "path", schema: { type: "string" }, required: true }, since: { name: "since", in: "query", schema: { type: "string", format: "date-time" }, required: false }, username: { name: "username", in: "path", schema: { type: "string" }, required: true }, "workflow-id": { name: "workflow_id", in: "path", schema: { oneOf: [{ type: "integer" }, { type: "string" }] }, required: true } } }, "x-all-routes": [["GET", "/", "meta/root"], ["GET", "/advisories", "security-advisories/list-global-advisories"], ["GET", "/advisories/{ghsa_id}", "security-advisories/get-global-advisory"], ["GET", "/agents/repos/{owner}/{repo}/tasks", "agent-tasks/list-tasks-for-repo"], ["POST", "/agents/repos/{owner}/{repo}/tasks", "agent-tasks/create-task-in-repo"], ["GET", "/agents/repos/{owner}/{repo}/tasks/{task_id}", "agent-tasks/get-task-by-repo-and-id"], ["GET", "/agents/tasks", "agent-tasks/list-tasks"], ["GET", "/agents/tasks/{task_id}", "agent-tasks/get-task-by-id"], ["GET", "/app", "apps/get-authenticated"], ["POST", "/app-manifests/{code}/conversions", "apps/create-from-manifest"], ["GET", "/app/hook/config", "apps/get-webhook-config-for-app"], ["PATCH", "/app/hook/config", "apps/update-webhook-config-for-app"], ["GET", "/app/hook/deliveries", "apps/list-webhook-deliveries"], ["GET", "/app/hook/deliveries/{delivery_id}", "apps/get-webhook-delivery"], ["POST", "/app/hook/deliveries/{delivery_id}/attempts", "apps/redeliver-webhook-delivery"], ["GET", "/app/installation-requests", "apps/list-installation-requests-for-authenticated-app"], ["GET", "/app/installations", "apps/list-installations"], ["GET", "/app/installations/{installation_id}", "apps/get-installation"], ["DELETE", "/app/installations/{installation_id}", "apps/delete-installation"], ["POST", "/app/installations/{installation_id}/access_tokens", "apps/create-installation-access-token"], ["PUT", "/app/installations/{installation_id}/suspended", "apps/suspend-installation"], ["DELETE", "/app/installations/{installation_id}/suspended", "apps/unsuspend-installation"], ["DELETE", "/applications/{client_id}/grant", "apps/delete-authorization"], ["POST", "/applications/{client_id}/token", "apps/check-token"], ["DELETE", "/applications/{client_id}/token", "apps/delete-token"], ["PATCH", "/applications/{client_id}/token", "apps/reset-token"], ["POST", "/applications/{client_id}/token/scoped", "apps/scope-token"], ["GET", "/apps/{app_slug}", "apps/get-by-slug"], ["GET", "/assignments/{assignment_id}", "classroom/get-an-assignment"], ["GET", "/assignments/{assignment_id}/accepted_assignments", "classroom/list-accepted-assignments-for-an-assignment"], ["GET", "/assignments/{assignment_id}/grades", "classroom/get-assignment-grades"], ["GET", "/classrooms", "classroom/list-classrooms"], ["GET", "/classrooms/{classroom_id}", "classroom/get-a-classroom"], ["GET", "/classrooms/{classroom_id}/assignments", "classroom/list-assignments-for-a-classroom"], ["GET", "/codes_of_conduct", "codes-of-conduct/get-all-codes-of-conduct"], ["GET", "/codes_of_conduct/{key}", "codes-of-conduct/get-conduct-code"], ["POST", "/credentials/revoke", "credentials/revoke"], ["GET", "/emojis", "emojis/get"], ["GET", "/enterprises/{enterprise}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-enterprise"], ["PUT", "/enterprises/{enterprise}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-enterprise"], ["GET", "/enterprises/{enterprise}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-enterprise"], ["PUT", "/enterprises/{enterprise}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-enterprise"], ["GET", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo", "oidc/list-oidc-custom-property-inclusions-for-enterprise"], ["POST", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo", "oidc/create-oidc-custom-property-inclusion-for-enterprise"], ["DELETE", "/enterprises/{enterprise}/actions/oidc/customization/properties/repo/{custom_property_name}", "oidc/delete-oidc-custom-property-inclusion-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations", "code-security/get-configurations-for-enterprise"], ["POST", "/enterprises/{enterprise}/code-security/configurations", "code-security/create-configuration-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/defaults", "code-security/get-default-configurations-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/get-single-configuration-for-enterprise"], ["DELETE", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/delete-configuration-for-enterprise"], ["PATCH", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}", "code-security/update-enterprise-configuration"], ["POST", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach", "code-security/attach-enterprise-configuration"], ["PUT", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults", "code-security/set-configuration-as-default-for-enterprise"], ["GET", "/enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories", "code-security/get-repositories-for-enterprise-configuration"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/enterprise-1-day", "copilot/copilot-enterprise-one-day-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/enterprise-28-day/latest", "copilot/copilot-enterprise-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/repos-1-day", "copilot/copilot-enterprise-repos-one-day-report"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/user-teams-1-day", "copilot/copilot-enterprise-user-teams-one-day-report"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/users-1-day", "copilot/copilot-users-one-day-usage-metrics"], ["GET", "/enterprises/{enterprise}/copilot/metrics/reports/users-28-day/latest", "copilot/copilot-users-usage-metrics"], ["PUT", "/enterprises/{enterprise}/copilot/policies/coding_agent", "copilot/set-enterprise-coding-agent-policy"], ["POST", "/enterprises/{enterprise}/copilot/policies/coding_agent/organizations", "copilot/add-organizations-to-enterprise-coding-agent-policy"], ["DELETE", "/enterprises/{enterprise}/copilot/policies/coding_agent/organizations", "copilot/remove-organizations-from-enterprise-coding-agent-policy"], ["GET", "/enterprises/{enterprise}/dependabot/alerts", "dependabot/list-alerts-for-enterprise"], ["GET", "/enterprises/{enterprise}/dependabot/repository-access", "dependabot/repository-access-for-enterprise"], ["PATCH", "/enterprises/{enterprise}/dependabot/repository-access", "dependabot/update-repository-access-for-enterprise"], ["PUT", "/enterprises/{enterprise}/dependabot/repository-access/default-level", "dependabot/set-repository-access-default-level-for-enterprise"], ["GET", "/enterprises/{enterprise}/teams", "enterprise-teams/list"], ["POST", "/enterprises/{enterprise}/teams", "enterprise-teams/create"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships", "enterprise-team-memberships/list"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/add", "enterprise-team-memberships/bulk-add"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove", "enterprise-team-memberships/bulk-remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/get"], ["PUT", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/add"], ["DELETE", "/enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}", "enterprise-team-memberships/remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations", "enterprise-team-organizations/get-assignments"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/add", "enterprise-team-organizations/bulk-add"], ["POST", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove", "enterprise-team-organizations/bulk-remove"], ["GET", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/get-assignment"], ["PUT", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/add"], ["DELETE", "/enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}", "enterprise-team-organizations/delete"], ["GET", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/get"], ["DELETE", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/delete"], ["PATCH", "/enterprises/{enterprise}/teams/{team_slug}", "enterprise-teams/update"], ["GET", "/events", "activity/list-public-events"], ["GET", "/feeds", "activity/get-feeds"], ["GET", "/gists", "gists/list"], ["POST", "/gists", "gists/create"], ["GET", "/gists/public", "gists/list-public"], ["GET", "/gists/starred", "gists/list-starred"], ["GET", "/gists/{gist_id}", "gists/get"], ["DELETE", "/gists/{gist_id}", "gists/delete"], ["PATCH", "/gists/{gist_id}", "gists/update"], ["GET", "/gists/{gist_id}/comments", "gists/list-comments"], ["POST", "/gists/{gist_id}/comments", "gists/create-comment"], ["GET", "/gists/{gist_id}/comments/{comment_id}", "gists/get-comment"], ["DELETE", "/gists/{gist_id}/comments/{comment_id}", "gists/delete-comment"], ["PATCH", "/gists/{gist_id}/comments/{comment_id}", "gists/update-comment"], ["GET", "/gists/{gist_id}/commits", "gists/list-commits"], ["GET", "/gists/{gist_id}/forks", "gists/list-forks"], ["POST", "/gists/{gist_id}/forks", "gists/fork"], ["GET", "/gists/{gist_id}/star", "gists/check-is-starred"], ["PUT", "/gists/{gist_id}/star", "gists/star"], ["DELETE", "/gists/{gist_id}/star", "gists/unstar"], ["GET", "/gists/{gist_id}/{sha}", "gists/get-revision"], ["GET", "/gitignore/templates", "gitignore/get-all-templates"], ["GET", "/gitignore/templates/{name}", "gitignore/get-template"], ["GET", "/installation/repositories", "apps/list-repos-accessible-to-installation"], ["DELETE", "/installation/token", "apps/revoke-installation-access-token"], ["GET", "/issues", "issues/list"], ["GET", "/licenses", "licenses/get-all-commonly-used"], ["GET", "/licenses/{license}", "licenses/get"], ["POST", "/markdown", "markdown/render"], ["POST", "/markdown/raw", "markdown/render-raw"], ["GET", "/marketplace_listing/accounts/{account_id}", "apps/get-subscription-plan-for-account"], ["GET", "/marketplace_listing/plans", "apps/list-plans"], ["GET", "/marketplace_listing/plans/{plan_id}/accounts", "apps/list-accounts-for-plan"], ["GET", "/marketplace_listing/stubbed/accounts/{account_id}", "apps/get-subscription-plan-for-account-stubbed"], ["GET", "/marketplace_listing/stubbed/plans", "apps/list-plans-stubbed"], ["GET", "/marketplace_listing/stubbed/plans/{plan_id}/accounts", "apps/list-accounts-for-plan-stubbed"], ["GET", "/meta", "meta/get"], ["GET", "/networks/{owner}/{repo}/events", "activity/list-public-events-for-repo-network"], ["GET", "/notifications", "activity/list-notifications-for-authenticated-user"], ["PUT", "/notifications", "activity/mark-notifications-as-read"], ["GET", "/notifications/threads/{thread_id}", "activity/get-thread"], ["DELETE", "/notifications/threads/{thread_id}", "activity/mark-thread-as-done"], ["PATCH", "/notifications/threads/{thread_id}", "activity/mark-thread-as-read"], ["GET", "/notifications/threads/{thread_id}/subscription", "activity/get-thread-subscription-for-authenticated-user"], ["PUT", "/notifications/threads/{thread_id}/subscription", "activity/set-thread-subscription"], ["DELETE", "/notifications/threads/{thread_id}/subscription", "activity/delete-thread-subscription"], ["GET", "/octocat", "meta/get-octocat"], ["GET", "/organizations", "orgs/list"], ["GET", "/organizations/{org}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-organization"], ["PUT", "/organizations/{org}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-organization"], ["GET", "/organizations/{org}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-organization"], ["PUT", "/organizations/{org}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-organization"], ["GET", "/organizations/{org}/settings/billing/ai_credit/usage", "billing/get-github-billing-ai-credit-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/budgets", "billing/get-all-budgets-org"], ["POST", "/organizations/{org}/settings/billing/budgets", "billing/create-organization-budget"], ["GET", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/get-budget-org"], ["DELETE", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/delete-budget-org"], ["PATCH", "/organizations/{org}/settings/billing/budgets/{budget_id}", "billing/update-budget-org"], ["GET", "/organizations/{org}/settings/billing/premium_request/usage", "billing/get-github-billing-premium-request-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/usage", "billing/get-github-billing-usage-report-org"], ["GET", "/organizations/{org}/settings/billing/usage/summary", "billing/get-github-billing-usage-summary-report-org"], ["GET", "/orgs/{org}", "orgs/get"], ["DELETE", "/orgs/{org}", "orgs/delete"], ["PATCH", "/orgs/{org}", "orgs/update"], ["GET", "/orgs/{org}/actions/cache/usage", "actions/get-actions-cache-usage-for-org"], ["GET", "/orgs/{org}/actions/cache/usage-by-repository", "actions/get-actions-cache-usage-by-repo-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners", "actions/list-hosted-runners-for-org"], ["POST", "/orgs/{org}/actions/hosted-runners", "actions/create-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom", "actions/list-custom-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}", "actions/get-custom-image-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}", "actions/delete-custom-image-from-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions", "actions/list-custom-image-versions-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}", "actions/get-custom-image-version-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}", "actions/delete-custom-image-version-from-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/github-owned", "actions/get-hosted-runners-github-owned-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/images/partner", "actions/get-hosted-runners-partner-images-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/limits", "actions/get-hosted-runners-limits-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/machine-sizes", "actions/get-hosted-runners-machine-specs-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/platforms", "actions/get-hosted-runners-platforms-for-org"], ["GET", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/get-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/delete-hosted-runner-for-org"], ["PATCH", "/orgs/{org}/actions/hosted-runners/{hosted_runner_id}", "actions/update-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/oidc/customization/properties/repo", "oidc/list-oidc-custom-property-inclusions-for-org"], ["POST", "/orgs/{org}/actions/oidc/customization/properties/repo", "oidc/create-oidc-custom-property-inclusion-for-org"], ["DELETE", "/orgs/{org}/actions/oidc/customization/properties/repo/{custom_property_name}", "oidc/delete-oidc-custom-property-inclusion-for-org"], ["GET", "/orgs/{org}/actions/oidc/customization/sub", "oidc/get-oidc-custom-sub-template-for-org"], ["PUT", "/orgs/{org}/actions/oidc/customization/sub", "oidc/update-oidc-custom-sub-template-for-org"], ["GET", "/orgs/{org}/actions/permissions", "actions/get-github-actions-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions", "actions/set-github-actions-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/artifact-and-log-retention", "actions/get-artifact-and-log-retention-settings-organization"], ["PUT", "/orgs/{org}/actions/permissions/artifact-and-log-retention", "actions/set-artifact-and-log-retention-settings-organization"], ["GET", "/orgs/{org}/actions/permissions/fork-pr-contributor-approval", "actions/get-fork-pr-contributor-approval-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/fork-pr-contributor-approval", "actions/set-fork-pr-contributor-approval-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos", "actions/get-private-repo-fork-pr-workflows-settings-organization"], ["PUT", "/orgs/{org}/actions/permissions/fork-pr-workflows-private-repos", "actions/set-private-repo-fork-pr-workflows-settings-organization"], ["GET", "/orgs/{org}/actions/permissions/repositories", "actions/list-selected-repositories-enabled-github-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/repositories", "actions/set-selected-repositories-enabled-github-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/repositories/{repository_id}", "actions/enable-selected-repository-github-actions-organization"], ["DELETE", "/orgs/{org}/actions/permissions/repositories/{repository_id}", "actions/disable-selected-repository-github-actions-organization"], ["GET", "/orgs/{org}/actions/permissions/selected-actions", "actions/get-allowed-actions-organization"], ["PUT", "/orgs/{org}/actions/permissions/selected-actions", "actions/set-allowed-actions-organization"], ["GET", "/orgs/{org}/actions/permissions/self-hosted-runners", "actions/get-self-hosted-runners-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners", "actions/set-self-hosted-runners-permissions-organization"], ["GET", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories", "actions/list-selected-repositories-self-hosted-runners-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories", "actions/set-selected-repositories-self-hosted-runners-organization"], ["PUT", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}", "actions/enable-selected-repository-self-hosted-runners-organization"], ["DELETE", "/orgs/{org}/actions/permissions/self-hosted-runners/repositories/{repository_id}", "actions/disable-selected-repository-self-hosted-runners-organization"], ["GET", "/orgs/{org}/actions/permissions/workflow", "actions/get-github-actions-default-workflow-permissions-organization"], ["PUT", "/orgs/{org}/actions/permissions/workflow", "actions/set-github-actions-default-workflow-permissions-organization"], ["GET", "/orgs/{org}/actions/runner-groups", "actions/list-self-hosted-runner-groups-for-org"], ["POST", "/orgs/{org}/actions/runner-groups", "actions/create-self-hosted-runner-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/get-self-hosted-runner-group-for-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/delete-self-hosted-runner-group-from-org"], ["PATCH", "/orgs/{org}/actions/runner-groups/{runner_group_id}", "actions/update-self-hosted-runner-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners", "actions/list-github-hosted-runners-in-group-for-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories", "actions/list-repo-access-to-self-hosted-runner-group-in-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories", "actions/set-repo-access-to-self-hosted-runner-group-in-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}", "actions/add-repo-access-to-self-hosted-runner-group-in-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}", "actions/remove-repo-access-to-self-hosted-runner-group-in-org"], ["GET", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners", "actions/list-self-hosted-runners-in-group-for-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners", "actions/set-self-hosted-runners-in-group-for-org"], ["PUT", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}", "actions/add-self-hosted-runner-to-group-for-org"], ["DELETE", "/orgs/{org}/actions/runner-groups/{runner_group_id}/runners/{runner_id}", "actions/remove-self-hosted-runner-from-group-for-org"], ["GET", "/orgs/{org}/actions/runners", "actions/list-self-hosted-runners-for-org"], ["GET", "/orgs/{org}/actions/runners/downloads", "actions/list-runner-applications-for-org"], ["POST", "/orgs/{org}/actions/runners/generate-jitconfig", "actions/generate-runner-jitconfig-for-org"], ["POST", "/orgs/{org}/actions/runners/registration-token", "actions/create-registration-token-for-org"], ["POST", "/orgs/{org}/actions/runners/remove-token", "actions/create-remove-token-for-org"], ["GET", "/orgs/{org}/actions/runners/{runner_id}", "actions/get-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}", "actions/delete-self-hosted-runner-from-org"], ["GET", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/list-labels-for-self-hosted-runner-for-org"], ["PUT", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/set-custom-labels-for-self-hosted-runner-for-org"], ["POST", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/add-custom-labels-to-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}/labels", "actions/remove-all-custom-labels-from-self-hosted-runner-for-org"], ["DELETE", "/orgs/{org}/actions/runners/{runner_id}/labels/{name}", "actions/remove-custom-label-from-self-hosted-runner-for-org"], ["GET", "/orgs/{org}/actions/secrets", "actions/list-org-secrets"], ["GET", "/orgs/{org}/actions/secrets/public-key", "actions/get-org-public-key"], ["GET", "/orgs/{org}/actions/secrets/{secret_name}", "actions/get-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}", "actions/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/actions/secrets/{secret_name}", "actions/delete-org-secret"], ["GET", "/orgs/{org}/actions/secrets/{secret_name}/repositories", "actions/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}/repositories", "actions/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}", "actions/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}", "actions/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/actions/variables", "actions/list-org-variables"], ["POST", "/orgs/{org}/actions/variables", "actions/create-org-variable"], ["GET", "/orgs/{org}/actions/variables/{name}", "actions/get-org-variable"], ["DELETE", "/orgs/{org}/actions/variables/{name}", "actions/delete-org-variable"], ["PATCH", "/orgs/{org}/actions/variables/{name}", "actions/update-org-variable"], ["GET", "/orgs/{org}/actions/variables/{name}/repositories", "actions/list-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/actions/variables/{name}/repositories", "actions/set-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/actions/variables/{name}/repositories/{repository_id}", "actions/add-selected-repo-to-org-variable"], ["DELETE", "/orgs/{org}/actions/variables/{name}/repositories/{repository_id}", "actions/remove-selected-repo-from-org-variable"], ["GET", "/orgs/{org}/agents/secrets", "agents/list-org-secrets"], ["GET", "/orgs/{org}/agents/secrets/public-key", "agents/get-org-public-key"], ["GET", "/orgs/{org}/agents/secrets/{secret_name}", "agents/get-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}", "agents/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/agents/secrets/{secret_name}", "agents/delete-org-secret"], ["GET", "/orgs/{org}/agents/secrets/{secret_name}/repositories", "agents/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}/repositories", "agents/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}", "agents/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/agents/secrets/{secret_name}/repositories/{repository_id}", "agents/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/agents/variables", "agents/list-org-variables"], ["POST", "/orgs/{org}/agents/variables", "agents/create-org-variable"], ["GET", "/orgs/{org}/agents/variables/{name}", "agents/get-org-variable"], ["DELETE", "/orgs/{org}/agents/variables/{name}", "agents/delete-org-variable"], ["PATCH", "/orgs/{org}/agents/variables/{name}", "agents/update-org-variable"], ["GET", "/orgs/{org}/agents/variables/{name}/repositories", "agents/list-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/agents/variables/{name}/repositories", "agents/set-selected-repos-for-org-variable"], ["PUT", "/orgs/{org}/agents/variables/{name}/repositories/{repository_id}", "agents/add-selected-repo-to-org-variable"], ["DELETE", "/orgs/{org}/agents/variables/{name}/repositories/{repository_id}", "agents/remove-selected-repo-from-org-variable"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record", "orgs/create-artifact-deployment-record"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}", "orgs/set-cluster-deployment-records"], ["POST", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs", "orgs/create-cluster-deployment-records-job"], ["GET", "/orgs/{org}/artifacts/metadata/deployment-record/cluster/{cluster}/jobs/{job_id}", "orgs/get-cluster-deployment-records-job"], ["POST", "/orgs/{org}/artifacts/metadata/storage-record", "orgs/create-artifact-storage-record"], ["GET", "/orgs/{org}/artifacts/{subject_digest}/metadata/deployment-records", "orgs/list-artifact-deployment-records"], ["GET", "/orgs/{org}/artifacts/{subject_digest}/metadata/storage-records", "orgs/list-artifact-storage-records"], ["POST", "/orgs/{org}/attestations/bulk-list", "orgs/list-attestations-bulk"], ["POST", "/orgs/{org}/attestations/delete-request", "orgs/delete-attestations-bulk"], ["DELETE", "/orgs/{org}/attestations/digest/{subject_digest}", "orgs/delete-attestations-by-subject-digest"], ["GET", "/orgs/{org}/attestations/repositories", "orgs/list-attestation-repositories"], ["DELETE", "/orgs/{org}/attestations/{attestation_id}", "orgs/delete-attestations-by-id"], ["GET", "/orgs/{org}/attestations/{subject_digest}", "orgs/list-attestations"], ["GET", "/orgs/{org}/blocks", "orgs/list-blocked-users"], ["GET", "/orgs/{org}/blocks/{username}", "orgs/check-blocked-user"], ["PUT", "/orgs/{org}/blocks/{username}", "orgs/block-user"], ["DELETE", "/orgs/{org}/blocks/{username}", "orgs/unblock-user"], ["GET", "/orgs/{org}/campaigns", "campaigns/list-org-campaigns"], ["POST", "/orgs/{org}/campaigns", "campaigns/create-campaign"], ["GET", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/get-campaign-summary"], ["DELETE", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/delete-campaign"], ["PATCH", "/orgs/{org}/campaigns/{campaign_number}", "campaigns/update-campaign"], ["GET", "/orgs/{org}/code-scanning/alerts", "code-scanning/list-alerts-for-org"], ["GET", "/orgs/{org}/code-security/configurations", "code-security/get-configurations-for-org"], ["POST", "/orgs/{org}/code-security/configurations", "code-security/create-configuration"], ["GET", "/orgs/{org}/code-security/configurations/defaults", "code-security/get-default-configurations"], ["DELETE", "/orgs/{org}/code-security/configurations/detach", "code-security/detach-configuration"], ["GET", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/get-configuration"], ["DELETE", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/delete-configuration"], ["PATCH", "/orgs/{org}/code-security/configurations/{configuration_id}", "code-security/update-configuration"], ["POST", "/orgs/{org}/code-security/configurations/{configuration_id}/attach", "code-security/attach-configuration"], ["PUT", "/orgs/{org}/code-security/configurations/{configuration_id}/defaults", "code-security/set-configuration-as-default"], ["GET", "/orgs/{org}/code-security/configurations/{configuration_id}/repositories", "code-security/get-repositories-for-configuration"], ["GET", "/orgs/{org}/codespaces", "codespaces/list-in-organization"], ["PUT", "/orgs/{org}/codespaces/access", "codespaces/set-codespaces-access"], ["POST", "/orgs/{org}/codespaces/access/selected_users", "codespaces/set-codespaces-access-users"], ["DELETE", "/orgs/{org}/codespaces/access/selected_users", "codespaces/delete-codespaces-access-users"], ["GET", "/orgs/{org}/codespaces/secrets", "codespaces/list-org-secrets"], ["GET", "/orgs/{org}/codespaces/secrets/public-key", "codespaces/get-org-public-key"], ["GET", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/get-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/codespaces/secrets/{secret_name}", "codespaces/delete-org-secret"], ["GET", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories", "codespaces/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories", "codespaces/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/copilot-spaces", "copilot-spaces/list-for-org"], ["POST", "/orgs/{org}/copilot-spaces", "copilot-spaces/create-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/get-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/update-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}", "copilot-spaces/delete-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/list-collaborators-for-org"], ["POST", "/orgs/{org}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/add-collaborator-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/update-collaborator-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/remove-collaborator-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/resources", "copilot-spaces/list-resources-for-org"], ["POST", "/orgs/{org}/copilot-spaces/{space_number}/resources", "copilot-spaces/create-resource-for-org"], ["GET", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/get-resource-for-org"], ["PUT", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/update-resource-for-org"], ["DELETE", "/orgs/{org}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/delete-resource-for-org"], ["GET", "/orgs/{org}/copilot/billing", "copilot/get-copilot-organization-details"], ["GET", "/orgs/{org}/copilot/billing/seats", "copilot/list-copilot-seats"], ["POST", "/orgs/{org}/copilot/billing/selected_teams", "copilot/add-copilot-seats-for-teams"], ["DELETE", "/orgs/{org}/copilot/billing/selected_teams", "copilot/cancel-copilot-seat-assignment-for-teams"], ["POST", "/orgs/{org}/copilot/billing/selected_users", "copilot/add-copilot-seats-for-users"], ["DELETE", "/orgs/{org}/copilot/billing/selected_users", "copilot/cancel-copilot-seat-assignment-for-users"], ["GET", "/orgs/{org}/copilot/coding-agent/permissions", "copilot/get-copilot-coding-agent-permissions-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions", "copilot/set-copilot-coding-agent-permissions-organization"], ["GET", "/orgs/{org}/copilot/coding-agent/permissions/repositories", "copilot/list-copilot-coding-agent-selected-repositories-for-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions/repositories", "copilot/set-copilot-coding-agent-selected-repositories-for-organization"], ["PUT", "/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}", "copilot/enable-copilot-coding-agent-for-repository-in-organization"], ["DELETE", "/orgs/{org}/copilot/coding-agent/permissions/repositories/{repository_id}", "copilot/disable-copilot-coding-agent-for-repository-in-organization"], ["GET", "/orgs/{org}/copilot/content_exclusion", "copilot/copilot-content-exclusion-for-organization"], ["PUT", "/orgs/{org}/copilot/content_exclusion", "copilot/set-copilot-content-exclusion-for-organization"], ["GET", "/orgs/{org}/copilot/metrics/reports/organization-1-day", "copilot/copilot-organization-one-day-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/organization-28-day/latest", "copilot/copilot-organization-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/repos-1-day", "copilot/copilot-organization-repos-one-day-report"], ["GET", "/orgs/{org}/copilot/metrics/reports/user-teams-1-day", "copilot/copilot-organization-user-teams-one-day-report"], ["GET", "/orgs/{org}/copilot/metrics/reports/users-1-day", "copilot/copilot-organization-users-one-day-usage-metrics"], ["GET", "/orgs/{org}/copilot/metrics/reports/users-28-day/latest", "copilot/copilot-organization-users-usage-metrics"], ["GET", "/orgs/{org}/dependabot/alerts", "dependabot/list-alerts-for-org"], ["GET", "/orgs/{org}/dependabot/repository-access", "dependabot/repository-access-for-org"], ["PATCH", "/orgs/{org}/dependabot/repository-access", "dependabot/update-repository-access-for-org"], ["PUT", "/orgs/{org}/dependabot/repository-access/default-level", "dependabot/set-repository-access-default-level"], ["GET", "/orgs/{org}/dependabot/secrets", "dependabot/list-org-secrets"], ["GET", "/orgs/{org}/dependabot/secrets/public-key", "dependabot/get-org-public-key"], ["GET", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/get-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/create-or-update-org-secret"], ["DELETE", "/orgs/{org}/dependabot/secrets/{secret_name}", "dependabot/delete-org-secret"], ["GET", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories", "dependabot/list-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories", "dependabot/set-selected-repos-for-org-secret"], ["PUT", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}", "dependabot/add-selected-repo-to-org-secret"], ["DELETE", "/orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}", "dependabot/remove-selected-repo-from-org-secret"], ["GET", "/orgs/{org}/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-organization"], ["GET", "/orgs/{org}/events", "activity/list-public-org-events"], ["GET", "/orgs/{org}/failed_invitations", "orgs/list-failed-invitations"], ["GET", "/orgs/{org}/hooks", "orgs/list-webhooks"], ["POST", "/orgs/{org}/hooks", "orgs/create-webhook"], ["GET", "/orgs/{org}/hooks/{hook_id}", "orgs/get-webhook"], ["DELETE", "/orgs/{org}/hooks/{hook_id}", "orgs/delete-webhook"], ["PATCH", "/orgs/{org}/hooks/{hook_id}", "orgs/update-webhook"], ["GET", "/orgs/{org}/hooks/{hook_id}/config", "orgs/get-webhook-config-for-org"], ["PATCH", "/orgs/{org}/hooks/{hook_id}/config", "orgs/update-webhook-config-for-org"], ["GET", "/orgs/{org}/hooks/{hook_id}/deliveries", "orgs/list-webhook-deliveries"], ["GET", "/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}", "orgs/get-webhook-delivery"], ["POST", "/orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts", "orgs/redeliver-webhook-delivery"], ["POST", "/orgs/{org}/hooks/{hook_id}/pings", "orgs/ping-webhook"], ["GET", "/orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}", "api-insights/get-route-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/subject-stats", "api-insights/get-subject-stats"], ["GET", "/orgs/{org}/insights/api/summary-stats", "api-insights/get-summary-stats"], ["GET", "/orgs/{org}/insights/api/summary-stats/users/{user_id}", "api-insights/get-summary-stats-by-user"], ["GET", "/orgs/{org}/insights/api/summary-stats/{actor_type}/{actor_id}", "api-insights/get-summary-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/time-stats", "api-insights/get-time-stats"], ["GET", "/orgs/{org}/insights/api/time-stats/users/{user_id}", "api-insights/get-time-stats-by-user"], ["GET", "/orgs/{org}/insights/api/time-stats/{actor_type}/{actor_id}", "api-insights/get-time-stats-by-actor"], ["GET", "/orgs/{org}/insights/api/user-stats/{user_id}", "api-insights/get-user-stats"], ["GET", "/orgs/{org}/installation", "apps/get-org-installation"], ["GET", "/orgs/{org}/installations", "orgs/list-app-installations"], ["GET", "/orgs/{org}/interaction-limits", "interactions/get-restrictions-for-org"], ["PUT", "/orgs/{org}/interaction-limits", "interactions/set-restrictions-for-org"], ["DELETE", "/orgs/{org}/interaction-limits", "interactions/remove-restrictions-for-org"], ["GET", "/orgs/{org}/interaction-limits/pulls/creation-cap", "interactions/get-pull-request-creation-cap-for-org"], ["PATCH", "/orgs/{org}/interaction-limits/pulls/creation-cap", "interactions/update-pull-request-creation-cap-for-org"], ["GET", "/orgs/{org}/invitations", "orgs/list-pending-invitations"], ["POST", "/orgs/{org}/invitations", "orgs/create-invitation"], ["DELETE", "/orgs/{org}/invitations/{invitation_id}", "orgs/cancel-invitation"], ["GET", "/orgs/{org}/invitations/{invitation_id}/teams", "orgs/list-invitation-teams"], ["GET", "/orgs/{org}/issue-fields", "orgs/list-issue-fields"], ["POST", "/orgs/{org}/issue-fields", "orgs/create-issue-field"], ["DELETE", "/orgs/{org}/issue-fields/{issue_field_id}", "orgs/delete-issue-field"], ["PATCH", "/orgs/{org}/issue-fields/{issue_field_id}", "orgs/update-issue-field"], ["GET", "/orgs/{org}/issue-types", "orgs/list-issue-types"], ["POST", "/orgs/{org}/issue-types", "orgs/create-issue-type"], ["PUT", "/orgs/{org}/issue-types/{issue_type_id}", "orgs/update-issue-type"], ["DELETE", "/orgs/{org}/issue-types/{issue_type_id}", "orgs/delete-issue-type"], ["GET", "/orgs/{org}/issues", "issues/list-for-org"], ["GET", "/orgs/{org}/members", "orgs/list-members"], ["GET", "/orgs/{org}/members/{username}", "orgs/check-membership-for-user"], ["DELETE", "/orgs/{org}/members/{username}", "orgs/remove-member"], ["GET", "/orgs/{org}/members/{username}/codespaces", "codespaces/get-codespaces-for-user-in-org"], ["DELETE", "/orgs/{org}/members/{username}/codespaces/{codespace_name}", "codespaces/delete-from-organization"], ["POST", "/orgs/{org}/members/{username}/codespaces/{codespace_name}/stop", "codespaces/stop-in-organization"], ["GET", "/orgs/{org}/members/{username}/copilot", "copilot/get-copilot-seat-details-for-user"], ["GET", "/orgs/{org}/memberships/{username}", "orgs/get-membership-for-user"], ["PUT", "/orgs/{org}/memberships/{username}", "orgs/set-membership-for-user"], ["DELETE", "/orgs/{org}/memberships/{username}", "orgs/remove-membership-for-user"], ["GET", "/orgs/{org}/migrations", "migrations/list-for-org"], ["POST", "/orgs/{org}/migrations", "migrations/start-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}", "migrations/get-status-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}/archive", "migrations/download-archive-for-org"], ["DELETE", "/orgs/{org}/migrations/{migration_id}/archive", "migrations/delete-archive-for-org"], ["DELETE", "/orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock", "migrations/unlock-repo-for-org"], ["GET", "/orgs/{org}/migrations/{migration_id}/repositories", "migrations/list-repos-for-org"], ["GET", "/orgs/{org}/organization-roles", "orgs/list-org-roles"], ["DELETE", "/orgs/{org}/organization-roles/teams/{team_slug}", "orgs/revoke-all-org-roles-team"], ["PUT", "/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}", "orgs/assign-team-to-org-role"], ["DELETE", "/orgs/{org}/organization-roles/teams/{team_slug}/{role_id}", "orgs/revoke-org-role-team"], ["DELETE", "/orgs/{org}/organization-roles/users/{username}", "orgs/revoke-all-org-roles-user"], ["PUT", "/orgs/{org}/organization-roles/users/{username}/{role_id}", "orgs/assign-user-to-org-role"], ["DELETE", "/orgs/{org}/organization-roles/users/{username}/{role_id}", "orgs/revoke-org-role-user"], ["GET", "/orgs/{org}/organization-roles/{role_id}", "orgs/get-org-role"], ["GET", "/orgs/{org}/organization-roles/{role_id}/teams", "orgs/list-org-role-teams"], ["GET", "/orgs/{org}/organization-roles/{role_id}/users", "orgs/list-org-role-users"], ["GET", "/orgs/{org}/outside_collaborators", "orgs/list-outside-collaborators"], ["PUT", "/orgs/{org}/outside_collaborators/{username}", "orgs/convert-member-to-outside-collaborator"], ["DELETE", "/orgs/{org}/outside_collaborators/{username}", "orgs/remove-outside-collaborator"], ["GET", "/orgs/{org}/packages", "packages/list-packages-for-organization"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}", "packages/get-package-for-organization"], ["DELETE", "/orgs/{org}/packages/{package_type}/{package_name}", "packages/delete-package-for-org"], ["POST", "/orgs/{org}/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-org"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-org"], ["GET", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-organization"], ["DELETE", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-org"], ["POST", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-org"], ["GET", "/orgs/{org}/personal-access-token-requests", "orgs/list-pat-grant-requests"], ["POST", "/orgs/{org}/personal-access-token-requests", "orgs/review-pat-grant-requests-in-bulk"], ["POST", "/orgs/{org}/personal-access-token-requests/{pat_request_id}", "orgs/review-pat-grant-request"], ["GET", "/orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories", "orgs/list-pat-grant-request-repositories"], ["GET", "/orgs/{org}/personal-access-tokens", "orgs/list-pat-grants"], ["POST", "/orgs/{org}/personal-access-tokens", "orgs/update-pat-accesses"], ["POST", "/orgs/{org}/personal-access-tokens/{pat_id}", "orgs/update-pat-access"], ["GET", "/orgs/{org}/personal-access-tokens/{pat_id}/repositories", "orgs/list-pat-grant-repositories"], ["GET", "/orgs/{org}/private-registries", "private-registries/list-org-private-registries"], ["POST", "/orgs/{org}/private-registries", "private-registries/create-org-private-registry"], ["GET", "/orgs/{org}/private-registries/public-key", "private-registries/get-org-public-key"], ["GET", "/orgs/{org}/private-registries/{secret_name}", "private-registries/get-org-private-registry"], ["DELETE", "/orgs/{org}/private-registries/{secret_name}", "private-registries/delete-org-private-registry"], ["PATCH", "/orgs/{org}/private-registries/{secret_name}", "private-registries/update-org-private-registry"], ["GET", "/orgs/{org}/projectsV2", "projects/list-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}", "projects/get-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/drafts", "projects/create-draft-item-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/fields", "projects/list-fields-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/fields", "projects/add-field-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/fields/{field_id}", "projects/get-field-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/items", "projects/list-items-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/items", "projects/add-item-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/get-org-item"], ["DELETE", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/delete-item-for-org"], ["PATCH", "/orgs/{org}/projectsV2/{project_number}/items/{item_id}", "projects/update-item-for-org"], ["POST", "/orgs/{org}/projectsV2/{project_number}/views", "projects/create-view-for-org"], ["GET", "/orgs/{org}/projectsV2/{project_number}/views/{view_number}/items", "projects/list-view-items-for-org"], ["GET", "/orgs/{org}/properties/schema", "orgs/custom-properties-for-repos-get-organization-definitions"], ["PATCH", "/orgs/{org}/properties/schema", "orgs/custom-properties-for-repos-create-or-update-organization-definitions"], ["GET", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-get-organization-definition"], ["PUT", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-create-or-update-organization-definition"], ["DELETE", "/orgs/{org}/properties/schema/{custom_property_name}", "orgs/custom-properties-for-repos-delete-organization-definition"], ["GET", "/orgs/{org}/properties/values", "orgs/custom-properties-for-repos-get-organization-values"], ["PATCH", "/orgs/{org}/properties/values", "orgs/custom-properties-for-repos-create-or-update-organization-values"], ["GET", "/orgs/{org}/public_members", "orgs/list-public-members"], ["GET", "/orgs/{org}/public_members/{username}", "orgs/check-public-membership-for-user"], ["PUT", "/orgs/{org}/public_members/{username}", "orgs/set-public-membership-for-authenticated-user"], ["DELETE", "/orgs/{org}/public_members/{username}", "orgs/remove-public-membership-for-authenticated-user"], ["GET", "/orgs/{org}/repos", "repos/list-for-org"], ["POST", "/orgs/{org}/repos", "repos/create-in-org"], ["GET", "/orgs/{org}/rulesets", "repos/get-org-rulesets"], ["POST", "/orgs/{org}/rulesets", "repos/create-org-ruleset"], ["GET", "/orgs/{org}/rulesets/rule-suites", "repos/get-org-rule-suites"], ["GET", "/orgs/{org}/rulesets/rule-suites/{rule_suite_id}", "repos/get-org-rule-suite"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}", "repos/get-org-ruleset"], ["PUT", "/orgs/{org}/rulesets/{ruleset_id}", "repos/update-org-ruleset"], ["DELETE", "/orgs/{org}/rulesets/{ruleset_id}", "repos/delete-org-ruleset"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}/history", "orgs/get-org-ruleset-history"], ["GET", "/orgs/{org}/rulesets/{ruleset_id}/history/{version_id}", "orgs/get-org-ruleset-version"], ["GET", "/orgs/{org}/secret-scanning/alerts", "secret-scanning/list-alerts-for-org"], ["GET", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/list-org-custom-patterns"], ["POST", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/bulk-create-org-custom-patterns"], ["DELETE", "/orgs/{org}/secret-scanning/custom-patterns", "secret-scanning/bulk-delete-org-custom-patterns"], ["PATCH", "/orgs/{org}/secret-scanning/custom-patterns/{pattern_id}", "secret-scanning/update-org-custom-pattern"], ["GET", "/orgs/{org}/secret-scanning/pattern-configurations", "secret-scanning/list-org-pattern-configs"], ["PATCH", "/orgs/{org}/secret-scanning/pattern-configurations", "secret-scanning/update-org-pattern-configs"], ["GET", "/orgs/{org}/security-advisories", "security-advisories/list-org-repository-advisories"], ["GET", "/orgs/{org}/security-managers", "orgs/list-security-manager-teams"], ["PUT", "/orgs/{org}/security-managers/teams/{team_slug}", "orgs/add-security-manager-team"], ["DELETE", "/orgs/{org}/security-managers/teams/{team_slug}", "orgs/remove-security-manager-team"], ["GET", "/orgs/{org}/settings/immutable-releases", "orgs/get-immutable-releases-settings"], ["PUT", "/orgs/{org}/settings/immutable-releases", "orgs/set-immutable-releases-settings"], ["GET", "/orgs/{org}/settings/immutable-releases/repositories", "orgs/get-immutable-releases-settings-repositories"], ["PUT", "/orgs/{org}/settings/immutable-releases/repositories", "orgs/set-immutable-releases-settings-repositories"], ["PUT", "/orgs/{org}/settings/immutable-releases/repositories/{repository_id}", "orgs/enable-selected-repository-immutable-releases-organization"], ["DELETE", "/orgs/{org}/settings/immutable-releases/repositories/{repository_id}", "orgs/disable-selected-repository-immutable-releases-organization"], ["GET", "/orgs/{org}/settings/network-configurations", "hosted-compute/list-network-configurations-for-org"], ["POST", "/orgs/{org}/settings/network-configurations", "hosted-compute/create-network-configuration-for-org"], ["GET", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/get-network-configuration-for-org"], ["DELETE", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/delete-network-configuration-from-org"], ["PATCH", "/orgs/{org}/settings/network-configurations/{network_configuration_id}", "hosted-compute/update-network-configuration-for-org"], ["GET", "/orgs/{org}/settings/network-settings/{network_settings_id}", "hosted-compute/get-network-settings-for-org"], ["GET", "/orgs/{org}/teams", "teams/list"], ["POST", "/orgs/{org}/teams", "teams/create"], ["GET", "/orgs/{org}/teams/{team_slug}", "teams/get-by-name"], ["DELETE", "/orgs/{org}/teams/{team_slug}", "teams/delete-in-org"], ["PATCH", "/orgs/{org}/teams/{team_slug}", "teams/update-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/invitations", "teams/list-pending-invitations-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/members", "teams/list-members-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/get-membership-for-user-in-org"], ["PUT", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/add-or-update-membership-for-user-in-org"], ["DELETE", "/orgs/{org}/teams/{team_slug}/memberships/{username}", "teams/remove-membership-for-user-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/repos", "teams/list-repos-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/check-permissions-for-repo-in-org"], ["PUT", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/add-or-update-repo-permissions-in-org"], ["DELETE", "/orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}", "teams/remove-repo-in-org"], ["GET", "/orgs/{org}/teams/{team_slug}/teams", "teams/list-child-in-org"], ["POST", "/orgs/{org}/{security_product}/{enablement}", "orgs/enable-or-disable-security-product-on-all-org-repos"], ["GET", "/rate_limit", "rate-limit/get"], ["GET", "/repos/{owner}/{repo}", "repos/get"], ["DELETE", "/repos/{owner}/{repo}", "repos/delete"], ["PATCH", "/repos/{owner}/{repo}", "repos/update"], ["GET", "/repos/{owner}/{repo}/actions/artifacts", "actions/list-artifacts-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "actions/get-artifact"], ["DELETE", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}", "actions/delete-artifact"], ["GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", "actions/download-artifact"], ["GET", "/repos/{owner}/{repo}/actions/cache/retention-limit", "actions/get-actions-cache-retention-limit-for-repository"], ["PUT", "/repos/{owner}/{repo}/actions/cache/retention-limit", "actions/set-actions-cache-retention-limit-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/cache/storage-limit", "actions/get-actions-cache-storage-limit-for-repository"], ["PUT", "/repos/{owner}/{repo}/actions/cache/storage-limit", "actions/set-actions-cache-storage-limit-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/cache/usage", "actions/get-actions-cache-usage"], ["GET", "/repos/{owner}/{repo}/actions/caches", "actions/get-actions-cache-list"], ["DELETE", "/repos/{owner}/{repo}/actions/caches", "actions/delete-actions-cache-by-key"], ["DELETE", "/repos/{owner}/{repo}/actions/caches/{cache_id}", "actions/delete-actions-cache-by-id"], ["GET", "/repos/{owner}/{repo}/actions/concurrency_groups", "actions/list-concurrency-groups-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/concurrency_groups/{concurrency_group_name}", "actions/get-concurrency-group-for-repository"], ["GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}", "actions/get-job-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", "actions/download-job-logs-for-workflow-run"], ["POST", "/repos/{owner}/{repo}/actions/jobs/{job_id}/rerun", "actions/re-run-job-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/oidc/customization/sub", "actions/get-custom-oidc-sub-claim-for-repo"], ["PUT", "/repos/{owner}/{repo}/actions/oidc/customization/sub", "actions/set-custom-oidc-sub-claim-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/organization-secrets", "actions/list-repo-organization-secrets"], ["GET", "/repos/{owner}/{repo}/actions/organization-variables", "actions/list-repo-organization-variables"], ["GET", "/repos/{owner}/{repo}/actions/permissions", "actions/get-github-actions-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions", "actions/set-github-actions-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/access", "actions/get-workflow-access-to-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/access", "actions/set-workflow-access-to-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention", "actions/get-artifact-and-log-retention-settings-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/artifact-and-log-retention", "actions/set-artifact-and-log-retention-settings-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval", "actions/get-fork-pr-contributor-approval-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval", "actions/set-fork-pr-contributor-approval-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos", "actions/get-private-repo-fork-pr-workflows-settings-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos", "actions/set-private-repo-fork-pr-workflows-settings-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/selected-actions", "actions/get-allowed-actions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/selected-actions", "actions/set-allowed-actions-repository"], ["GET", "/repos/{owner}/{repo}/actions/permissions/workflow", "actions/get-github-actions-default-workflow-permissions-repository"], ["PUT", "/repos/{owner}/{repo}/actions/permissions/workflow", "actions/set-github-actions-default-workflow-permissions-repository"], ["GET", "/repos/{owner}/{repo}/actions/runners", "actions/list-self-hosted-runners-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/downloads", "actions/list-runner-applications-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/generate-jitconfig", "actions/generate-runner-jitconfig-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/registration-token", "actions/create-registration-token-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/remove-token", "actions/create-remove-token-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/{runner_id}", "actions/get-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}", "actions/delete-self-hosted-runner-from-repo"], ["GET", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/list-labels-for-self-hosted-runner-for-repo"], ["PUT", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/set-custom-labels-for-self-hosted-runner-for-repo"], ["POST", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/add-custom-labels-to-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels", "actions/remove-all-custom-labels-from-self-hosted-runner-for-repo"], ["DELETE", "/repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}", "actions/remove-custom-label-from-self-hosted-runner-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runs", "actions/list-workflow-runs-for-repo"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}", "actions/get-workflow-run"], ["DELETE", "/repos/{owner}/{repo}/actions/runs/{run_id}", "actions/delete-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/approvals", "actions/get-reviews-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/approve", "actions/approve-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", "actions/list-workflow-run-artifacts"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}", "actions/get-workflow-run-attempt"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs", "actions/list-jobs-for-workflow-run-attempt"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs", "actions/download-workflow-run-attempt-logs"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/cancel", "actions/cancel-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/concurrency_groups", "actions/list-concurrency-groups-for-workflow-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule", "actions/review-custom-gates-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel", "actions/force-cancel-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", "actions/list-jobs-for-workflow-run"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/logs", "actions/download-workflow-run-logs"], ["DELETE", "/repos/{owner}/{repo}/actions/runs/{run_id}/logs", "actions/delete-workflow-run-logs"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", "actions/get-pending-deployments-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments", "actions/review-pending-deployments-for-run"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun", "actions/re-run-workflow"], ["POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", "actions/re-run-workflow-failed-jobs"], ["GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/timing", "actions/get-workflow-run-usage"], ["GET", "/repos/{owner}/{repo}/actions/secrets", "actions/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/actions/secrets/public-key", "actions/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/actions/secrets/{secret_name}", "actions/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/actions/variables", "actions/list-repo-variables"], ["POST", "/repos/{owner}/{repo}/actions/variables", "actions/create-repo-variable"], ["GET", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/get-repo-variable"], ["DELETE", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/delete-repo-variable"], ["PATCH", "/repos/{owner}/{repo}/actions/variables/{name}", "actions/update-repo-variable"], ["GET", "/repos/{owner}/{repo}/actions/workflows", "actions/list-repo-workflows"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}", "actions/get-workflow"], ["PUT", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable", "actions/disable-workflow"], ["POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", "actions/create-workflow-dispatch"], ["PUT", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable", "actions/enable-workflow"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", "actions/list-workflow-runs"], ["GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing", "actions/get-workflow-usage"], ["GET", "/repos/{owner}/{repo}/activity", "repos/list-activities"], ["GET", "/repos/{owner}/{repo}/agents/organization-secrets", "agents/list-repo-organization-secrets"], ["GET", "/repos/{owner}/{repo}/agents/organization-variables", "agents/list-repo-organization-variables"], ["GET", "/repos/{owner}/{repo}/agents/secrets", "agents/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/agents/secrets/public-key", "agents/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/agents/secrets/{secret_name}", "agents/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/agents/variables", "agents/list-repo-variables"], ["POST", "/repos/{owner}/{repo}/agents/variables", "agents/create-repo-variable"], ["GET", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/get-repo-variable"], ["DELETE", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/delete-repo-variable"], ["PATCH", "/repos/{owner}/{repo}/agents/variables/{name}", "agents/update-repo-variable"], ["GET", "/repos/{owner}/{repo}/assignees", "issues/list-assignees"], ["GET", "/repos/{owner}/{repo}/assignees/{assignee}", "issues/check-user-can-be-assigned"], ["POST", "/repos/{owner}/{repo}/attestations", "repos/create-attestation"], ["GET", "/repos/{owner}/{repo}/attestations/{subject_digest}", "repos/list-attestations"], ["GET", "/repos/{owner}/{repo}/autolinks", "repos/list-autolinks"], ["POST", "/repos/{owner}/{repo}/autolinks", "repos/create-autolink"], ["GET", "/repos/{owner}/{repo}/autolinks/{autolink_id}", "repos/get-autolink"], ["DELETE", "/repos/{owner}/{repo}/autolinks/{autolink_id}", "repos/delete-autolink"], ["GET", "/repos/{owner}/{repo}/automated-security-fixes", "repos/check-automated-security-fixes"], ["PUT", "/repos/{owner}/{repo}/automated-security-fixes", "repos/enable-automated-security-fixes"], ["DELETE", "/repos/{owner}/{repo}/automated-security-fixes", "repos/disable-automated-security-fixes"], ["GET", "/repos/{owner}/{repo}/branches", "repos/list-branches"], ["GET", "/repos/{owner}/{repo}/branches/{branch}", "repos/get-branch"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/get-branch-protection"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/update-branch-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection", "repos/delete-branch-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/get-admin-branch-protection"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/set-admin-branch-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins", "repos/delete-admin-branch-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/get-pull-request-review-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/delete-pull-request-review-protection"], ["PATCH", "/repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews", "repos/update-pull-request-review-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/get-commit-signature-protection"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/create-commit-signature-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_signatures", "repos/delete-commit-signature-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/get-status-checks-protection"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/remove-status-check-protection"], ["PATCH", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks", "repos/update-status-check-protection"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/get-all-status-check-contexts"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/set-status-check-contexts"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/add-status-check-contexts"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts", "repos/remove-status-check-contexts"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions", "repos/get-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions", "repos/delete-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/get-apps-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/set-app-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/add-app-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps", "repos/remove-app-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/get-teams-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/set-team-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/add-team-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams", "repos/remove-team-access-restrictions"], ["GET", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/get-users-with-access-to-protected-branch"], ["PUT", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/set-user-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/add-user-access-restrictions"], ["DELETE", "/repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users", "repos/remove-user-access-restrictions"], ["POST", "/repos/{owner}/{repo}/branches/{branch}/rename", "repos/rename-branch"], ["POST", "/repos/{owner}/{repo}/check-runs", "checks/create"], ["GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}", "checks/get"], ["PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}", "checks/update"], ["GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", "checks/list-annotations"], ["POST", "/repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest", "checks/rerequest-run"], ["POST", "/repos/{owner}/{repo}/check-suites", "checks/create-suite"], ["PATCH", "/repos/{owner}/{repo}/check-suites/preferences", "checks/set-suites-preferences"], ["GET", "/repos/{owner}/{repo}/check-suites/{check_suite_id}", "checks/get-suite"], ["GET", "/repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs", "checks/list-for-suite"], ["POST", "/repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest", "checks/rerequest-suite"], ["GET", "/repos/{owner}/{repo}/code-quality/findings", "code-quality/list-findings-for-repo"], ["GET", "/repos/{owner}/{repo}/code-quality/findings/{finding_number}", "code-quality/get-finding"], ["GET", "/repos/{owner}/{repo}/code-quality/setup", "code-quality/get-setup"], ["PATCH", "/repos/{owner}/{repo}/code-quality/setup", "code-quality/update-setup"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts", "code-scanning/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}", "code-scanning/get-alert"], ["PATCH", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}", "code-scanning/update-alert"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix", "code-scanning/get-autofix"], ["POST", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix", "code-scanning/create-autofix"], ["POST", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits", "code-scanning/commit-autofix"], ["GET", "/repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances", "code-scanning/list-alert-instances"], ["GET", "/repos/{owner}/{repo}/code-scanning/analyses", "code-scanning/list-recent-analyses"], ["GET", "/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}", "code-scanning/get-analysis"], ["DELETE", "/repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}", "code-scanning/delete-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/databases", "code-scanning/list-codeql-databases"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}", "code-scanning/get-codeql-database"], ["DELETE", "/repos/{owner}/{repo}/code-scanning/codeql/databases/{language}", "code-scanning/delete-codeql-database"], ["POST", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses", "code-scanning/create-variant-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}", "code-scanning/get-variant-analysis"], ["GET", "/repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}", "code-scanning/get-variant-analysis-repo-task"], ["GET", "/repos/{owner}/{repo}/code-scanning/default-setup", "code-scanning/get-default-setup"], ["PATCH", "/repos/{owner}/{repo}/code-scanning/default-setup", "code-scanning/update-default-setup"], ["POST", "/repos/{owner}/{repo}/code-scanning/sarifs", "code-scanning/upload-sarif"], ["GET", "/repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}", "code-scanning/get-sarif"], ["GET", "/repos/{owner}/{repo}/code-security-configuration", "code-security/get-configuration-for-repository"], ["GET", "/repos/{owner}/{repo}/codeowners/errors", "repos/codeowners-errors"], ["GET", "/repos/{owner}/{repo}/codespaces", "codespaces/list-in-repository-for-authenticated-user"], ["POST", "/repos/{owner}/{repo}/codespaces", "codespaces/create-with-repo-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/devcontainers", "codespaces/list-devcontainers-in-repository-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/machines", "codespaces/repo-machines-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/new", "codespaces/pre-flight-with-repo-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/codespaces/permissions_check", "codespaces/check-permissions-for-devcontainer"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets", "codespaces/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets/public-key", "codespaces/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/codespaces/secrets/{secret_name}", "codespaces/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/collaborators", "repos/list-collaborators"], ["GET", "/repos/{owner}/{repo}/collaborators/{username}", "repos/check-collaborator"], ["PUT", "/repos/{owner}/{repo}/collaborators/{username}", "repos/add-collaborator"], ["DELETE", "/repos/{owner}/{repo}/collaborators/{username}", "repos/remove-collaborator"], ["GET", "/repos/{owner}/{repo}/collaborators/{username}/permission", "repos/get-collaborator-permission-level"], ["GET", "/repos/{owner}/{repo}/comments", "repos/list-commit-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/get-commit-comment"], ["DELETE", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/delete-commit-comment"], ["PATCH", "/repos/{owner}/{repo}/comments/{comment_id}", "repos/update-commit-comment"], ["GET", "/repos/{owner}/{repo}/comments/{comment_id}/reactions", "reactions/list-for-commit-comment"], ["POST", "/repos/{owner}/{repo}/comments/{comment_id}/reactions", "reactions/create-for-commit-comment"], ["DELETE", "/repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-commit-comment"], ["GET", "/repos/{owner}/{repo}/commits", "repos/list-commits"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head", "repos/list-branches-for-head-commit"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/comments", "repos/list-comments-for-commit"], ["POST", "/repos/{owner}/{repo}/commits/{commit_sha}/comments", "repos/create-commit-comment"], ["GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", "repos/list-pull-requests-associated-with-commit"], ["GET", "/repos/{owner}/{repo}/commits/{ref}", "repos/get-commit"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", "checks/list-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/check-suites", "checks/list-suites-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/status", "repos/get-combined-status-for-ref"], ["GET", "/repos/{owner}/{repo}/commits/{ref}/statuses", "repos/list-commit-statuses-for-ref"], ["GET", "/repos/{owner}/{repo}/community/profile", "repos/get-community-profile-metrics"], ["GET", "/repos/{owner}/{repo}/compare/{basehead}", "repos/compare-commits-with-basehead"], ["GET", "/repos/{owner}/{repo}/contents/{path}", "repos/get-content"], ["PUT", "/repos/{owner}/{repo}/contents/{path}", "repos/create-or-update-file-contents"], ["DELETE", "/repos/{owner}/{repo}/contents/{path}", "repos/delete-file"], ["GET", "/repos/{owner}/{repo}/contributors", "repos/list-contributors"], ["GET", "/repos/{owner}/{repo}/copilot/cloud-agent/configuration", "copilot/get-copilot-cloud-agent-configuration"], ["GET", "/repos/{owner}/{repo}/dependabot/alerts", "dependabot/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/dependabot/alerts/{alert_number}", "dependabot/get-alert"], ["PATCH", "/repos/{owner}/{repo}/dependabot/alerts/{alert_number}", "dependabot/update-alert"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets", "dependabot/list-repo-secrets"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets/public-key", "dependabot/get-repo-public-key"], ["GET", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/get-repo-secret"], ["PUT", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/create-or-update-repo-secret"], ["DELETE", "/repos/{owner}/{repo}/dependabot/secrets/{secret_name}", "dependabot/delete-repo-secret"], ["GET", "/repos/{owner}/{repo}/dependency-graph/compare/{basehead}", "dependency-graph/diff-range"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom", "dependency-graph/export-sbom"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom/fetch-report/{sbom_uuid}", "dependency-graph/fetch-sbom-report"], ["GET", "/repos/{owner}/{repo}/dependency-graph/sbom/generate-report", "dependency-graph/generate-sbom-report"], ["POST", "/repos/{owner}/{repo}/dependency-graph/snapshots", "dependency-graph/create-repository-snapshot"], ["GET", "/repos/{owner}/{repo}/deployments", "repos/list-deployments"], ["POST", "/repos/{owner}/{repo}/deployments", "repos/create-deployment"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}", "repos/get-deployment"], ["DELETE", "/repos/{owner}/{repo}/deployments/{deployment_id}", "repos/delete-deployment"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "repos/list-deployment-statuses"], ["POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", "repos/create-deployment-status"], ["GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", "repos/get-deployment-status"], ["POST", "/repos/{owner}/{repo}/dispatches", "repos/create-dispatch-event"], ["GET", "/repos/{owner}/{repo}/environments", "repos/get-all-environments"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/get-environment"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/create-or-update-environment"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}", "repos/delete-an-environment"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", "repos/list-deployment-branch-policies"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", "repos/create-deployment-branch-policy"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/get-deployment-branch-policy"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/update-deployment-branch-policy"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", "repos/delete-deployment-branch-policy"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", "repos/get-all-deployment-protection-rules"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", "repos/create-deployment-protection-rule"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps", "repos/list-custom-deployment-rule-integrations"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", "repos/get-custom-deployment-protection-rule"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", "repos/disable-deployment-protection-rule"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets", "actions/list-environment-secrets"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key", "actions/get-environment-public-key"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/get-environment-secret"], ["PUT", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/create-or-update-environment-secret"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}", "actions/delete-environment-secret"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/variables", "actions/list-environment-variables"], ["POST", "/repos/{owner}/{repo}/environments/{environment_name}/variables", "actions/create-environment-variable"], ["GET", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/get-environment-variable"], ["DELETE", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/delete-environment-variable"], ["PATCH", "/repos/{owner}/{repo}/environments/{environment_name}/variables/{name}", "actions/update-environment-variable"], ["GET", "/repos/{owner}/{repo}/events", "activity/list-repo-events"], ["GET", "/repos/{owner}/{repo}/forks", "repos/list-forks"], ["POST", "/repos/{owner}/{repo}/forks", "repos/create-fork"], ["POST", "/repos/{owner}/{repo}/git/blobs", "git/create-blob"], ["GET", "/repos/{owner}/{repo}/git/blobs/{file_sha}", "git/get-blob"], ["POST", "/repos/{owner}/{repo}/git/commits", "git/create-commit"], ["GET", "/repos/{owner}/{repo}/git/commits/{commit_sha}", "git/get-commit"], ["GET", "/repos/{owner}/{repo}/git/matching-refs/{ref}", "git/list-matching-refs"], ["GET", "/repos/{owner}/{repo}/git/ref/{ref}", "git/get-ref"], ["POST", "/repos/{owner}/{repo}/git/refs", "git/create-ref"], ["DELETE", "/repos/{owner}/{repo}/git/refs/{ref}", "git/delete-ref"], ["PATCH", "/repos/{owner}/{repo}/git/refs/{ref}", "git/update-ref"], ["POST", "/repos/{owner}/{repo}/git/tags", "git/create-tag"], ["GET", "/repos/{owner}/{repo}/git/tags/{tag_sha}", "git/get-tag"], ["POST", "/repos/{owner}/{repo}/git/trees", "git/create-tree"], ["GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}", "git/get-tree"], ["GET", "/repos/{owner}/{repo}/hash-algorithm", "repos/get-hash-algorithm"], ["GET", "/repos/{owner}/{repo}/hooks", "repos/list-webhooks"], ["POST", "/repos/{owner}/{repo}/hooks", "repos/create-webhook"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/get-webhook"], ["DELETE", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/delete-webhook"], ["PATCH", "/repos/{owner}/{repo}/hooks/{hook_id}", "repos/update-webhook"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/config", "repos/get-webhook-config-for-repo"], ["PATCH", "/repos/{owner}/{repo}/hooks/{hook_id}/config", "repos/update-webhook-config-for-repo"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries", "repos/list-webhook-deliveries"], ["GET", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}", "repos/get-webhook-delivery"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts", "repos/redeliver-webhook-delivery"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/pings", "repos/ping-webhook"], ["POST", "/repos/{owner}/{repo}/hooks/{hook_id}/tests", "repos/test-push-webhook"], ["GET", "/repos/{owner}/{repo}/immutable-releases", "repos/check-immutable-releases"], ["PUT", "/repos/{owner}/{repo}/immutable-releases", "repos/enable-immutable-releases"], ["DELETE", "/repos/{owner}/{repo}/immutable-releases", "repos/disable-immutable-releases"], ["GET", "/repos/{owner}/{repo}/import", "migrations/get-import-status"], ["PUT", "/repos/{owner}/{repo}/import", "migrations/start-import"], ["DELETE", "/repos/{owner}/{repo}/import", "migrations/cancel-import"], ["PATCH", "/repos/{owner}/{repo}/import", "migrations/update-import"], ["GET", "/repos/{owner}/{repo}/import/authors", "migrations/get-commit-authors"], ["PATCH", "/repos/{owner}/{repo}/import/authors/{author_id}", "migrations/map-commit-author"], ["GET", "/repos/{owner}/{repo}/import/large_files", "migrations/get-large-files"], ["PATCH", "/repos/{owner}/{repo}/import/lfs", "migrations/set-lfs-preference"], ["GET", "/repos/{owner}/{repo}/installation", "apps/get-repo-installation"], ["GET", "/repos/{owner}/{repo}/interaction-limits", "interactions/get-restrictions-for-repo"], ["PUT", "/repos/{owner}/{repo}/interaction-limits", "interactions/set-restrictions-for-repo"], ["DELETE", "/repos/{owner}/{repo}/interaction-limits", "interactions/remove-restrictions-for-repo"], ["GET", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/get-pull-request-bypass-list-for-repo"], ["PUT", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/set-pull-request-bypass-list-for-repo"], ["DELETE", "/repos/{owner}/{repo}/interaction-limits/pulls/bypass-list", "interactions/remove-pull-request-bypass-list-for-repo"], ["GET", "/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap", "interactions/get-pull-request-creation-cap-for-repo"], ["PATCH", "/repos/{owner}/{repo}/interaction-limits/pulls/creation-cap", "interactions/update-pull-request-creation-cap-for-repo"], ["GET", "/repos/{owner}/{repo}/invitations", "repos/list-invitations"], ["DELETE", "/repos/{owner}/{repo}/invitations/{invitation_id}", "repos/delete-invitation"], ["PATCH", "/repos/{owner}/{repo}/invitations/{invitation_id}", "repos/update-invitation"], ["GET", "/repos/{owner}/{repo}/issue-types", "repos/list-issue-types"], ["GET", "/repos/{owner}/{repo}/issues", "issues/list-for-repo"], ["POST", "/repos/{owner}/{repo}/issues", "issues/create"], ["GET", "/repos/{owner}/{repo}/issues/comments", "issues/list-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/get-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/delete-comment"], ["PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "issues/update-comment"], ["PUT", "/repos/{owner}/{repo}/issues/comments/{comment_id}/pin", "issues/pin-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}/pin", "issues/unpin-comment"], ["GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "reactions/list-for-issue-comment"], ["POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "reactions/create-for-issue-comment"], ["DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-issue-comment"], ["GET", "/repos/{owner}/{repo}/issues/events", "issues/list-events-for-repo"], ["GET", "/repos/{owner}/{repo}/issues/events/{event_id}", "issues/get-event"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}", "issues/get"], ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}", "issues/update"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", "issues/add-assignees"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/assignees", "issues/remove-assignees"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}", "issues/check-user-can-be-assigned-to-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", "issues/list-comments"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", "issues/create-comment"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by", "issues/list-dependencies-blocked-by"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by", "issues/add-blocked-by-dependency"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}", "issues/remove-dependency-blocked-by"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking", "issues/list-dependencies-blocking"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/events", "issues/list-events"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/list-issue-field-values-for-issue"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/set-issue-field-values"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values", "issues/add-issue-field-values"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/issue-field-values/{issue_field_id}", "issues/delete-issue-field-value"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/list-labels-on-issue"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/set-labels"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/add-labels"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels", "issues/remove-all-labels"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", "issues/remove-label"], ["PUT", "/repos/{owner}/{repo}/issues/{issue_number}/lock", "issues/lock"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/lock", "issues/unlock"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/parent", "issues/get-parent"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/reactions", "reactions/list-for-issue"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/reactions", "reactions/create-for-issue"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}", "reactions/delete-for-issue"], ["DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue", "issues/remove-sub-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues", "issues/list-sub-issues"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues", "issues/add-sub-issue"], ["PATCH", "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority", "issues/reprioritize-sub-issue"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions", "issues/list-suggestions"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/approve", "issues/approve-suggestion"], ["POST", "/repos/{owner}/{repo}/issues/{issue_number}/suggestions/{suggestion_id}/dismiss", "issues/dismiss-suggestion"], ["GET", "/repos/{owner}/{repo}/issues/{issue_number}/timeline", "issues/list-events-for-timeline"], ["GET", "/repos/{owner}/{repo}/keys", "repos/list-deploy-keys"], ["POST", "/repos/{owner}/{repo}/keys", "repos/create-deploy-key"], ["GET", "/repos/{owner}/{repo}/keys/{key_id}", "repos/get-deploy-key"], ["DELETE", "/repos/{owner}/{repo}/keys/{key_id}", "repos/delete-deploy-key"], ["GET", "/repos/{owner}/{repo}/labels", "issues/list-labels-for-repo"], ["POST", "/repos/{owner}/{repo}/labels", "issues/create-label"], ["GET", "/repos/{owner}/{repo}/labels/{name}", "issues/get-label"], ["DELETE", "/repos/{owner}/{repo}/labels/{name}", "issues/delete-label"], ["PATCH", "/repos/{owner}/{repo}/labels/{name}", "issues/update-label"], ["GET", "/repos/{owner}/{repo}/languages", "repos/list-languages"], ["GET", "/repos/{owner}/{repo}/license", "licenses/get-for-repo"], ["POST", "/repos/{owner}/{repo}/merge-upstream", "repos/merge-upstream"], ["POST", "/repos/{owner}/{repo}/merges", "repos/merge"], ["GET", "/repos/{owner}/{repo}/milestones", "issues/list-milestones"], ["POST", "/repos/{owner}/{repo}/milestones", "issues/create-milestone"], ["GET", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/get-milestone"], ["DELETE", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/delete-milestone"], ["PATCH", "/repos/{owner}/{repo}/milestones/{milestone_number}", "issues/update-milestone"], ["GET", "/repos/{owner}/{repo}/milestones/{milestone_number}/labels", "issues/list-labels-for-milestone"], ["GET", "/repos/{owner}/{repo}/notifications", "activity/list-repo-notifications-for-authenticated-user"], ["PUT", "/repos/{owner}/{repo}/notifications", "activity/mark-repo-notifications-as-read"], ["GET", "/repos/{owner}/{repo}/pages", "repos/get-pages"], ["PUT", "/repos/{owner}/{repo}/pages", "repos/update-information-about-pages-site"], ["POST", "/repos/{owner}/{repo}/pages", "repos/create-pages-site"], ["DELETE", "/repos/{owner}/{repo}/pages", "repos/delete-pages-site"], ["GET", "/repos/{owner}/{repo}/pages/builds", "repos/list-pages-builds"], ["POST", "/repos/{owner}/{repo}/pages/builds", "repos/request-pages-build"], ["GET", "/repos/{owner}/{repo}/pages/builds/latest", "repos/get-latest-pages-build"], ["GET", "/repos/{owner}/{repo}/pages/builds/{build_id}", "repos/get-pages-build"], ["POST", "/repos/{owner}/{repo}/pages/deployments", "repos/create-pages-deployment"], ["GET", "/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}", "repos/get-pages-deployment"], ["POST", "/repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel", "repos/cancel-pages-deployment"], ["GET", "/repos/{owner}/{repo}/pages/health", "repos/get-pages-health-check"], ["GET", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/check-private-vulnerability-reporting"], ["PUT", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/enable-private-vulnerability-reporting"], ["DELETE", "/repos/{owner}/{repo}/private-vulnerability-reporting", "repos/disable-private-vulnerability-reporting"], ["GET", "/repos/{owner}/{repo}/properties/values", "repos/custom-properties-for-repos-get-repository-values"], ["PATCH", "/repos/{owner}/{repo}/properties/values", "repos/custom-properties-for-repos-create-or-update-repository-values"], ["GET", "/repos/{owner}/{repo}/pulls", "pulls/list"], ["POST", "/repos/{owner}/{repo}/pulls", "pulls/create"], ["GET", "/repos/{owner}/{repo}/pulls/comments", "pulls/list-review-comments-for-repo"], ["GET", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/get-review-comment"], ["DELETE", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/delete-review-comment"], ["PATCH", "/repos/{owner}/{repo}/pulls/comments/{comment_id}", "pulls/update-review-comment"], ["GET", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions", "reactions/list-for-pull-request-review-comment"], ["POST", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions", "reactions/create-for-pull-request-review-comment"], ["DELETE", "/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}", "reactions/delete-for-pull-request-comment"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}", "pulls/get"], ["PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}", "pulls/update"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/codespaces", "codespaces/create-with-pr-for-authenticated-user"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/comments", "pulls/list-review-comments"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/comments", "pulls/create-review-comment"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies", "pulls/create-reply-for-review-comment"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/commits", "pulls/list-commits"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files", "pulls/list-files"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/merge", "pulls/check-if-merged"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge", "pulls/merge"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge-async", "pulls/merge-async"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/merge-async/{uuid}", "pulls/get-merge-async-result"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/list-requested-reviewers"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/request-reviewers"], ["DELETE", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", "pulls/remove-requested-reviewers"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", "pulls/list-reviews"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", "pulls/create-review"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/get-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/update-review"], ["DELETE", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}", "pulls/delete-pending-review"], ["GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments", "pulls/list-comments-for-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals", "pulls/dismiss-review"], ["POST", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events", "pulls/submit-review"], ["PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/update-branch", "pulls/update-branch"], ["GET", "/repos/{owner}/{repo}/readme", "repos/get-readme"], ["GET", "/repos/{owner}/{repo}/readme/{dir}", "repos/get-readme-in-directory"], ["GET", "/repos/{owner}/{repo}/releases", "repos/list-releases"], ["POST", "/repos/{owner}/{repo}/releases", "repos/create-release"], ["GET", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/get-release-asset"], ["DELETE", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/delete-release-asset"], ["PATCH", "/repos/{owner}/{repo}/releases/assets/{asset_id}", "repos/update-release-asset"], ["POST", "/repos/{owner}/{repo}/releases/generate-notes", "repos/generate-release-notes"], ["GET", "/repos/{owner}/{repo}/releases/latest", "repos/get-latest-release"], ["GET", "/repos/{owner}/{repo}/releases/tags/{tag}", "repos/get-release-by-tag"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}", "repos/get-release"], ["DELETE", "/repos/{owner}/{repo}/releases/{release_id}", "repos/delete-release"], ["PATCH", "/repos/{owner}/{repo}/releases/{release_id}", "repos/update-release"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}/assets", "repos/list-release-assets"], ["POST", "/repos/{owner}/{repo}/releases/{release_id}/assets", "repos/upload-release-asset"], ["GET", "/repos/{owner}/{repo}/releases/{release_id}/reactions", "reactions/list-for-release"], ["POST", "/repos/{owner}/{repo}/releases/{release_id}/reactions", "reactions/create-for-release"], ["DELETE", "/repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}", "reactions/delete-for-release"], ["GET", "/repos/{owner}/{repo}/rules/branches/{branch}", "repos/get-branch-rules"], ["GET", "/repos/{owner}/{repo}/rulesets", "repos/get-repo-rulesets"], ["POST", "/repos/{owner}/{repo}/rulesets", "repos/create-repo-ruleset"], ["GET", "/repos/{owner}/{repo}/rulesets/rule-suites", "repos/get-repo-rule-suites"], ["GET", "/repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}", "repos/get-repo-rule-suite"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/get-repo-ruleset"], ["PUT", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/update-repo-ruleset"], ["DELETE", "/repos/{owner}/{repo}/rulesets/{ruleset_id}", "repos/delete-repo-ruleset"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}/history", "repos/get-repo-ruleset-history"], ["GET", "/repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}", "repos/get-repo-ruleset-version"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts", "secret-scanning/list-alerts-for-repo"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}", "secret-scanning/get-alert"], ["PATCH", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}", "secret-scanning/update-alert"], ["GET", "/repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations", "secret-scanning/list-locations-for-alert"], ["GET", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/list-repo-custom-patterns"], ["POST", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/bulk-create-repo-custom-patterns"], ["DELETE", "/repos/{owner}/{repo}/secret-scanning/custom-patterns", "secret-scanning/bulk-delete-repo-custom-patterns"], ["PATCH", "/repos/{owner}/{repo}/secret-scanning/custom-patterns/{pattern_id}", "secret-scanning/update-repo-custom-pattern"], ["POST", "/repos/{owner}/{repo}/secret-scanning/push-protection-bypasses", "secret-scanning/create-push-protection-bypass"], ["GET", "/repos/{owner}/{repo}/secret-scanning/scan-history", "secret-scanning/get-scan-history"], ["GET", "/repos/{owner}/{repo}/security-advisories", "security-advisories/list-repository-advisories"], ["POST", "/repos/{owner}/{repo}/security-advisories", "security-advisories/create-repository-advisory"], ["POST", "/repos/{owner}/{repo}/security-advisories/reports", "security-advisories/create-private-vulnerability-report"], ["GET", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}", "security-advisories/get-repository-advisory"], ["PATCH", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}", "security-advisories/update-repository-advisory"], ["POST", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve", "security-advisories/create-repository-advisory-cve-request"], ["POST", "/repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks", "security-advisories/create-fork"], ["GET", "/repos/{owner}/{repo}/stacks", "pull-request-stacks/list"], ["POST", "/repos/{owner}/{repo}/stacks", "pull-request-stacks/create"], ["GET", "/repos/{owner}/{repo}/stacks/{stack_number}", "pull-request-stacks/get"], ["POST", "/repos/{owner}/{repo}/stacks/{stack_number}/add", "pull-request-stacks/add"], ["POST", "/repos/{owner}/{repo}/stacks/{stack_number}/unstack", "pull-request-stacks/unstack"], ["GET", "/repos/{owner}/{repo}/stargazers", "activity/list-stargazers-for-repo"], ["GET", "/repos/{owner}/{repo}/stargazers/count", "activity/get-stargazer-count-for-repo"], ["GET", "/repos/{owner}/{repo}/stats/code_frequency", "repos/get-code-frequency-stats"], ["GET", "/repos/{owner}/{repo}/stats/commit_activity", "repos/get-commit-activity-stats"], ["GET", "/repos/{owner}/{repo}/stats/contributors", "repos/get-contributors-stats"], ["GET", "/repos/{owner}/{repo}/stats/participation", "repos/get-participation-stats"], ["GET", "/repos/{owner}/{repo}/stats/punch_card", "repos/get-punch-card-stats"], ["POST", "/repos/{owner}/{repo}/statuses/{sha}", "repos/create-commit-status"], ["GET", "/repos/{owner}/{repo}/subscribers", "activity/list-watchers-for-repo"], ["GET", "/repos/{owner}/{repo}/subscription", "activity/get-repo-subscription"], ["PUT", "/repos/{owner}/{repo}/subscription", "activity/set-repo-subscription"], ["DELETE", "/repos/{owner}/{repo}/subscription", "activity/delete-repo-subscription"], ["GET", "/repos/{owner}/{repo}/tags", "repos/list-tags"], ["GET", "/repos/{owner}/{repo}/tarball/{ref}", "repos/download-tarball-archive"], ["GET", "/repos/{owner}/{repo}/teams", "repos/list-teams"], ["GET", "/repos/{owner}/{repo}/topics", "repos/get-all-topics"], ["PUT", "/repos/{owner}/{repo}/topics", "repos/replace-all-topics"], ["GET", "/repos/{owner}/{repo}/traffic/clones", "repos/get-clones"], ["GET", "/repos/{owner}/{repo}/traffic/popular/paths", "repos/get-top-paths"], ["GET", "/repos/{owner}/{repo}/traffic/popular/referrers", "repos/get-top-referrers"], ["GET", "/repos/{owner}/{repo}/traffic/views", "repos/get-views"], ["POST", "/repos/{owner}/{repo}/transfer", "repos/transfer"], ["GET", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/check-vulnerability-alerts"], ["PUT", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/enable-vulnerability-alerts"], ["DELETE", "/repos/{owner}/{repo}/vulnerability-alerts", "repos/disable-vulnerability-alerts"], ["GET", "/repos/{owner}/{repo}/zipball/{ref}", "repos/download-zipball-archive"], ["POST", "/repos/{template_owner}/{template_repo}/generate", "repos/create-using-template"], ["GET", "/repositories", "repos/list-public"], ["GET", "/search/code", "search/code"], ["GET", "/search/commits", "search/commits"], ["GET", "/search/issues", "search/issues-and-pull-requests"], ["GET", "/search/labels", "search/labels"], ["GET", "/search/repositories", "search/repos"], ["GET", "/search/topics", "search/topics"], ["GET", "/search/users", "search/users"], ["GET", "/teams/{team_id}", "teams/get-legacy"], ["DELETE", "/teams/{team_id}", "teams/delete-legacy"], ["PATCH", "/teams/{team_id}", "teams/update-legacy"], ["GET", "/teams/{team_id}/invitations", "teams/list-pending-invitations-legacy"], ["GET", "/teams/{team_id}/members", "teams/list-members-legacy"], ["GET", "/teams/{team_id}/members/{username}", "teams/get-member-legacy"], ["PUT", "/teams/{team_id}/members/{username}", "teams/add-member-legacy"], ["DELETE", "/teams/{team_id}/members/{username}", "teams/remove-member-legacy"], ["GET", "/teams/{team_id}/memberships/{username}", "teams/get-membership-for-user-legacy"], ["PUT", "/teams/{team_id}/memberships/{username}", "teams/add-or-update-membership-for-user-legacy"], ["DELETE", "/teams/{team_id}/memberships/{username}", "teams/remove-membership-for-user-legacy"], ["GET", "/teams/{team_id}/repos", "teams/list-repos-legacy"], ["GET", "/teams/{team_id}/repos/{owner}/{repo}", "teams/check-permissions-for-repo-legacy"], ["PUT", "/teams/{team_id}/repos/{owner}/{repo}", "teams/add-or-update-repo-permissions-legacy"], ["DELETE", "/teams/{team_id}/repos/{owner}/{repo}", "teams/remove-repo-legacy"], ["GET", "/teams/{team_id}/teams", "teams/list-child-legacy"], ["GET", "/user", "users/get-authenticated"], ["PATCH", "/user", "users/update-authenticated"], ["GET", "/user/blocks", "users/list-blocked-by-authenticated-user"], ["GET", "/user/blocks/{username}", "users/check-blocked"], ["PUT", "/user/blocks/{username}", "users/block"], ["DELETE", "/user/blocks/{username}", "users/unblock"], ["GET", "/user/codespaces", "codespaces/list-for-authenticated-user"], ["POST", "/user/codespaces", "codespaces/create-for-authenticated-user"], ["GET", "/user/codespaces/secrets", "codespaces/list-secrets-for-authenticated-user"], ["GET", "/user/codespaces/secrets/public-key", "codespaces/get-public-key-for-authenticated-user"], ["GET", "/user/codespaces/secrets/{secret_name}", "codespaces/get-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}", "codespaces/create-or-update-secret-for-authenticated-user"], ["DELETE", "/user/codespaces/secrets/{secret_name}", "codespaces/delete-secret-for-authenticated-user"], ["GET", "/user/codespaces/secrets/{secret_name}/repositories", "codespaces/list-repositories-for-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}/repositories", "codespaces/set-repositories-for-secret-for-authenticated-user"], ["PUT", "/user/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/add-repository-for-secret-for-authenticated-user"], ["DELETE", "/user/codespaces/secrets/{secret_name}/repositories/{repository_id}", "codespaces/remove-repository-for-secret-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}", "codespaces/get-for-authenticated-user"], ["DELETE", "/user/codespaces/{codespace_name}", "codespaces/delete-for-authenticated-user"], ["PATCH", "/user/codespaces/{codespace_name}", "codespaces/update-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/exports", "codespaces/export-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}/exports/{export_id}", "codespaces/get-export-details-for-authenticated-user"], ["GET", "/user/codespaces/{codespace_name}/machines", "codespaces/codespace-machines-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/publish", "codespaces/publish-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/start", "codespaces/start-for-authenticated-user"], ["POST", "/user/codespaces/{codespace_name}/stop", "codespaces/stop-for-authenticated-user"], ["GET", "/user/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-authenticated-user"], ["PATCH", "/user/email/visibility", "users/set-primary-email-visibility-for-authenticated-user"], ["GET", "/user/emails", "users/list-emails-for-authenticated-user"], ["POST", "/user/emails", "users/add-email-for-authenticated-user"], ["DELETE", "/user/emails", "users/delete-email-for-authenticated-user"], ["GET", "/user/followers", "users/list-followers-for-authenticated-user"], ["GET", "/user/following", "users/list-followed-by-authenticated-user"], ["GET", "/user/following/{username}", "users/check-person-is-followed-by-authenticated"], ["PUT", "/user/following/{username}", "users/follow"], ["DELETE", "/user/following/{username}", "users/unfollow"], ["GET", "/user/gpg_keys", "users/list-gpg-keys-for-authenticated-user"], ["POST", "/user/gpg_keys", "users/create-gpg-key-for-authenticated-user"], ["GET", "/user/gpg_keys/{gpg_key_id}", "users/get-gpg-key-for-authenticated-user"], ["DELETE", "/user/gpg_keys/{gpg_key_id}", "users/delete-gpg-key-for-authenticated-user"], ["GET", "/user/installations", "apps/list-installations-for-authenticated-user"], ["GET", "/user/installations/{installation_id}/repositories", "apps/list-installation-repos-for-authenticated-user"], ["PUT", "/user/installations/{installation_id}/repositories/{repository_id}", "apps/add-repo-to-installation-for-authenticated-user"], ["DELETE", "/user/installations/{installation_id}/repositories/{repository_id}", "apps/remove-repo-from-installation-for-authenticated-user"], ["GET", "/user/interaction-limits", "interactions/get-restrictions-for-authenticated-user"], ["PUT", "/user/interaction-limits", "interactions/set-restrictions-for-authenticated-user"], ["DELETE", "/user/interaction-limits", "interactions/remove-restrictions-for-authenticated-user"], ["GET", "/user/issues", "issues/list-for-authenticated-user"], ["GET", "/user/keys", "users/list-public-ssh-keys-for-authenticated-user"], ["POST", "/user/keys", "users/create-public-ssh-key-for-authenticated-user"], ["GET", "/user/keys/{key_id}", "users/get-public-ssh-key-for-authenticated-user"], ["DELETE", "/user/keys/{key_id}", "users/delete-public-ssh-key-for-authenticated-user"], ["GET", "/user/marketplace_purchases", "apps/list-subscriptions-for-authenticated-user"], ["GET", "/user/marketplace_purchases/stubbed", "apps/list-subscriptions-for-authenticated-user-stubbed"], ["GET", "/user/memberships/orgs", "orgs/list-memberships-for-authenticated-user"], ["GET", "/user/memberships/orgs/{org}", "orgs/get-membership-for-authenticated-user"], ["PATCH", "/user/memberships/orgs/{org}", "orgs/update-membership-for-authenticated-user"], ["GET", "/user/migrations", "migrations/list-for-authenticated-user"], ["POST", "/user/migrations", "migrations/start-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}", "migrations/get-status-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}/archive", "migrations/get-archive-for-authenticated-user"], ["DELETE", "/user/migrations/{migration_id}/archive", "migrations/delete-archive-for-authenticated-user"], ["DELETE", "/user/migrations/{migration_id}/repos/{repo_name}/lock", "migrations/unlock-repo-for-authenticated-user"], ["GET", "/user/migrations/{migration_id}/repositories", "migrations/list-repos-for-authenticated-user"], ["GET", "/user/orgs", "orgs/list-for-authenticated-user"], ["GET", "/user/packages", "packages/list-packages-for-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}", "packages/get-package-for-authenticated-user"], ["DELETE", "/user/packages/{package_type}/{package_name}", "packages/delete-package-for-authenticated-user"], ["POST", "/user/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-authenticated-user"], ["GET", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-authenticated-user"], ["DELETE", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-authenticated-user"], ["POST", "/user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-authenticated-user"], ["GET", "/user/public_emails", "users/list-public-emails-for-authenticated-user"], ["GET", "/user/repos", "repos/list-for-authenticated-user"], ["POST", "/user/repos", "repos/create-for-authenticated-user"], ["GET", "/user/repository_invitations", "repos/list-invitations-for-authenticated-user"], ["DELETE", "/user/repository_invitations/{invitation_id}", "repos/decline-invitation-for-authenticated-user"], ["PATCH", "/user/repository_invitations/{invitation_id}", "repos/accept-invitation-for-authenticated-user"], ["GET", "/user/social_accounts", "users/list-social-accounts-for-authenticated-user"], ["POST", "/user/social_accounts", "users/add-social-account-for-authenticated-user"], ["DELETE", "/user/social_accounts", "users/delete-social-account-for-authenticated-user"], ["GET", "/user/ssh_signing_keys", "users/list-ssh-signing-keys-for-authenticated-user"], ["POST", "/user/ssh_signing_keys", "users/create-ssh-signing-key-for-authenticated-user"], ["GET", "/user/ssh_signing_keys/{ssh_signing_key_id}", "users/get-ssh-signing-key-for-authenticated-user"], ["DELETE", "/user/ssh_signing_keys/{ssh_signing_key_id}", "users/delete-ssh-signing-key-for-authenticated-user"], ["GET", "/user/starred", "activity/list-repos-starred-by-authenticated-user"], ["GET", "/user/starred/{owner}/{repo}", "activity/check-repo-is-starred-by-authenticated-user"], ["PUT", "/user/starred/{owner}/{repo}", "activity/star-repo-for-authenticated-user"], ["DELETE", "/user/starred/{owner}/{repo}", "activity/unstar-repo-for-authenticated-user"], ["GET", "/user/subscriptions", "activity/list-watched-repos-for-authenticated-user"], ["GET", "/user/teams", "teams/list-for-authenticated-user"], ["GET", "/user/{account_id}", "users/get-by-id"], ["POST", "/user/{user_id}/projectsV2/{project_number}/drafts", "projects/create-draft-item-for-authenticated-user"], ["GET", "/users", "users/list"], ["POST", "/users/{user_id}/projectsV2/{project_number}/views", "projects/create-view-for-user"], ["GET", "/users/{username}", "users/get-by-username"], ["POST", "/users/{username}/attestations/bulk-list", "users/list-attestations-bulk"], ["POST", "/users/{username}/attestations/delete-request", "users/delete-attestations-bulk"], ["DELETE", "/users/{username}/attestations/digest/{subject_digest}", "users/delete-attestations-by-subject-digest"], ["DELETE", "/users/{username}/attestations/{attestation_id}", "users/delete-attestations-by-id"], ["GET", "/users/{username}/attestations/{subject_digest}", "users/list-attestations"], ["GET", "/users/{username}/copilot-spaces", "copilot-spaces/list-for-user"], ["POST", "/users/{username}/copilot-spaces", "copilot-spaces/create-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/get-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/update-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}", "copilot-spaces/delete-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/list-collaborators-for-user"], ["POST", "/users/{username}/copilot-spaces/{space_number}/collaborators", "copilot-spaces/add-collaborator-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/update-collaborator-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}/collaborators/{actor_type}/{actor_identifier}", "copilot-spaces/remove-collaborator-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/resources", "copilot-spaces/list-resources-for-user"], ["POST", "/users/{username}/copilot-spaces/{space_number}/resources", "copilot-spaces/create-resource-for-user"], ["GET", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/get-resource-for-user"], ["PUT", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/update-resource-for-user"], ["DELETE", "/users/{username}/copilot-spaces/{space_number}/resources/{space_resource_id}", "copilot-spaces/delete-resource-for-user"], ["GET", "/users/{username}/docker/conflicts", "packages/list-docker-migration-conflicting-packages-for-user"], ["GET", "/users/{username}/events", "activity/list-events-for-authenticated-user"], ["GET", "/users/{username}/events/orgs/{org}", "activity/list-org-events-for-authenticated-user"], ["GET", "/users/{username}/events/public", "activity/list-public-events-for-user"], ["GET", "/users/{username}/followers", "users/list-followers-for-user"], ["GET", "/users/{username}/following", "users/list-following-for-user"], ["GET", "/users/{username}/following/{target_user}", "users/check-following-for-user"], ["GET", "/users/{username}/gists", "gists/list-for-user"], ["GET", "/users/{username}/gpg_keys", "users/list-gpg-keys-for-user"], ["GET", "/users/{username}/hovercard", "users/get-context-for-user"], ["GET", "/users/{username}/installation", "apps/get-user-installation"], ["GET", "/users/{username}/keys", "users/list-public-keys-for-user"], ["GET", "/users/{username}/orgs", "orgs/list-for-user"], ["GET", "/users/{username}/packages", "packages/list-packages-for-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}", "packages/get-package-for-user"], ["DELETE", "/users/{username}/packages/{package_type}/{package_name}", "packages/delete-package-for-user"], ["POST", "/users/{username}/packages/{package_type}/{package_name}/restore", "packages/restore-package-for-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}/versions", "packages/get-all-package-versions-for-package-owned-by-user"], ["GET", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/get-package-version-for-user"], ["DELETE", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}", "packages/delete-package-version-for-user"], ["POST", "/users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore", "packages/restore-package-version-for-user"], ["GET", "/users/{username}/projectsV2", "projects/list-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}", "projects/get-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/fields", "projects/list-fields-for-user"], ["POST", "/users/{username}/projectsV2/{project_number}/fields", "projects/add-field-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/fields/{field_id}", "projects/get-field-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/items", "projects/list-items-for-user"], ["POST", "/users/{username}/projectsV2/{project_number}/items", "projects/add-item-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/get-user-item"], ["DELETE", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/delete-item-for-user"], ["PATCH", "/users/{username}/projectsV2/{project_number}/items/{item_id}", "projects/update-item-for-user"], ["GET", "/users/{username}/projectsV2/{project_number}/views/{view_number}/items", "projects/list-view-items-for-user"], ["GET", "/users/{username}/received_events", "activity/list-received-events-for-user"], ["GET", "/users/{username}/received_events/public", "activity/list-received-public-events-for-user"], ["GET", "/users/{username}/repos", "repos/list-for-user"], ["GET", "/users/{username}/settings/billing/ai_credit/usage", "billing/get-github-billing-ai-credit-usage-report-user"], ["GET", "/users/{username}/settings/billing/premium_request/usage", "billing/get-github-billing-premium-request-usage-report-user"], ["GET", "/users/{username}/settings/billing/usage", "billing/get-github-billing-usage-report-user"], ["GET", "/users/{username}/settings/billing/usage/summary", "billing/get-github-billing-usage-summary-report-user"], ["GET", "/users/{username}/social_accounts", "users/list-social-accounts-for-user"], ["GET", "/users/{username}/ssh_signing_keys", "users/list-ssh-signing-keys-for-user"], ["GET", "/users/{username}/starred", "activity/list-repos-starred-by-user"], ["GET", "/users/{username}/subscriptions", "activity/list-repos-watched-by-user"], ["GET", "/versions", "meta/get-all-versions"], ["GET", "/zen", "meta/get-zen"], ["GET", "/repos/{owner}/{repo}/compare/{base}...{head}", "repos/compare-commits"], ["GET", "/orgs/{org}/organization-fine-grained-permissions", "orgs/list-organization-fine-grained-permissions"]] };

// packages/sandbox/src/openapi.ts
var subset = openapi_subset_default;
var SCHEMA_ID = "https://sitrep.invalid/github-openapi.json";
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") continue;
    if (key === "oneOf") out.anyOf = toJsonSchema(value);
    else if (key === "$ref" && typeof value === "string") out.$ref = value.replace("#/components/schemas/", `${SCHEMA_ID}#/$defs/`);
    else if ((key === "properties" || key === "patternProperties") && value && typeof value === "object" && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (key === "enum" || key === "required" || key === "default" || key === "const") out[key] = value;
    else out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === "string") {
    out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  if (Object.keys(out).length === 0) return out;
  return { anyOf: [out, { type: "null" }] };
}
function newAjv(coerce) {
  const ajv = new import_ajv2.Ajv({
    strict: false,
    allErrors: true,
    coerceTypes: coerce,
    validateFormats: true,
    inlineRefs: false,
    code: { optimize: false },
    // The definitions come from GitHub's published description; checking them against the
    // meta-schema on every start would cost more than it could find.
    validateSchema: false
  });
  import_ajv_formats.default.default(ajv, ["date-time", "date", "uri", "email", "uuid", "hostname", "ipv4", "ipv6"]);
  for (const format of ["int32", "int64", "repo.nwo", "binary", "byte", "uri-template", "ssh-key", "time"]) ajv.addFormat(format, true);
  if (!coerce) {
    const defs = Object.fromEntries(Object.entries(subset.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema)]));
    ajv.addSchema({ $id: SCHEMA_ID, $defs: defs });
  }
  return ajv;
}
var strictAjv;
var coercingAjv;
function bodyAjv() {
  strictAjv ??= newAjv(false);
  return strictAjv;
}
function parameterAjv() {
  coercingAjv ??= newAjv(true);
  return coercingAjv;
}
function toProblems(errors, root) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors ?? []) {
    let pointer = error.instancePath;
    if (error.keyword === "required") pointer += `/${escapePointer(String(error.params.missingProperty))}`;
    if (error.keyword === "additionalProperties") pointer += `/${escapePointer(String(error.params.additionalProperty))}`;
    const message = error.keyword === "required" ? "is required" : error.message ?? error.keyword;
    const key = `${pointer} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = error.keyword === "required" ? void 0 : valueAt(root, error.instancePath);
    problems.push({ pointer: pointer || "/", keyword: error.keyword, message, ...value === void 0 ? {} : { value } });
  }
  return problems.sort((a, b) => b.pointer.split("/").length - a.pointer.split("/").length);
}
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function valueAt(root, pointer) {
  let current = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function resolveParameter(parameter) {
  if (!("$ref" in parameter)) return parameter;
  const name = parameter.$ref.replace("#/components/parameters/", "");
  const resolved = subset.components.parameters?.[name];
  if (!resolved) throw new Error(`dangling parameter $ref ${parameter.$ref}`);
  return resolved;
}
function resolveResponse(response) {
  if (!("$ref" in response)) return response;
  const name = response.$ref.replace("#/components/responses/", "");
  const resolved = subset.components.responses?.[name];
  if (!resolved) throw new Error(`dangling response $ref ${String(response.$ref)}`);
  return resolved;
}
function jsonSchemaOf(holder) {
  const content = holder?.content;
  if (!content) return void 0;
  const media = content["application/json"] ?? Object.values(content)[0];
  return media?.schema;
}
var Operation = class {
  operationId;
  method;
  /** The OpenAPI path template (`/repos/{owner}/{repo}/issues/{issue_number}`). */
  path;
  docsUrl;
  #spec;
  #parameters;
  #parameterValidators = /* @__PURE__ */ new Map();
  #bodyValidator;
  #responseValidators = /* @__PURE__ */ new Map();
  constructor(method, path, spec) {
    this.method = method.toUpperCase();
    this.path = path;
    this.operationId = spec.operationId;
    this.docsUrl = spec.docsUrl;
    this.#spec = spec;
    this.#parameters = spec.parameters.map(resolveParameter);
  }
  /** Names of the parameters declared in a location. */
  parameterNames(location) {
    return this.#parameters.filter((p) => p.in === location).map((p) => p.name);
  }
  /** True when the declared query parameter is an array (`?labels[]=`-style). */
  isArrayParameter(location, name) {
    return this.#parameters.some((p) => p.in === location && p.name === name && p.schema.type === "array");
  }
  /**
   * Validates and coerces parameters of one location. Returns the typed values (declared
   * parameters only) and the problems found.
   */
  checkParameters(location, raw) {
    let validate2 = this.#parameterValidators.get(location);
    if (!validate2) {
      const declared = this.#parameters.filter((p) => p.in === location);
      const schema = {
        type: "object",
        properties: Object.fromEntries(declared.map((p) => [p.name, toJsonSchema(p.schema)])),
        required: declared.filter((p) => p.required).map((p) => p.name)
      };
      validate2 = parameterAjv().compile(schema);
      this.#parameterValidators.set(location, validate2);
    }
    const values = {};
    for (const name of this.parameterNames(location)) if (raw[name] !== void 0) values[name] = raw[name];
    const ok = validate2(values);
    return { values, problems: ok ? [] : toProblems(validate2.errors, values) };
  }
  /** Whether the operation takes a JSON body at all. */
  get acceptsBody() {
    return jsonSchemaOf(this.#spec.requestBody) !== void 0;
  }
  /** Validates a parsed JSON request body (`undefined` when none was sent). */
  checkBody(body) {
    const schema = jsonSchemaOf(this.#spec.requestBody);
    if (!schema) return [];
    if (body === void 0) {
      if (!this.#spec.requestBody?.required) return [];
      body = {};
    }
    this.#bodyValidator ??= bodyAjv().compile(toJsonSchema(schema));
    return this.#bodyValidator(body) ? [] : toProblems(this.#bodyValidator.errors, body);
  }
  /** True when the description documents this status for the operation. */
  documents(status) {
    return String(status) in this.#spec.responses;
  }
  /**
   * Validates a response. An undocumented success status is a problem; an undocumented error
   * status is checked against GitHub's generic error bodies, which any endpoint may answer.
   */
  checkResponse(status, body) {
    const key = String(status);
    let validate2 = this.#responseValidators.get(key);
    if (validate2 === void 0) {
      const documented = this.#spec.responses[key];
      let schema;
      const documentedSchema = documented ? jsonSchemaOf(resolveResponse(documented)) : void 0;
      if (documentedSchema) {
        schema = documentedSchema;
      } else if (status >= 400) {
        schema = { $ref: `#/components/schemas/${status === 422 ? "validation-error" : "basic-error"}` };
      } else if (!documented) {
        return [{ pointer: "/", keyword: "status", message: `status ${status} is not documented for ${this.operationId}` }];
      }
      validate2 = schema === void 0 ? null : bodyAjv().compile(toJsonSchema(schema));
      this.#responseValidators.set(key, validate2);
    }
    if (validate2 === null) {
      return body === void 0 ? [] : [{ pointer: "/", keyword: "body", message: `status ${status} of ${this.operationId} has no body` }];
    }
    return validate2(body) ? [] : toProblems(validate2.errors, body);
  }
};
var GREEDY_PARAMETERS = /* @__PURE__ */ new Set(["path", "ref", "basehead", "branch"]);
function compileTemplate(method, template, operationId) {
  const segments = template.split("/").slice(1);
  const last = segments[segments.length - 1] ?? "";
  const greedy = /^\{(\w+)\}$/.test(last) && GREEDY_PARAMETERS.has(last.slice(1, -1));
  return { method, template, operationId, segments, greedy, literalCount: segments.filter((s) => !s.startsWith("{")).length };
}
function matchTemplate(compiled, rawSegments) {
  const { segments, greedy } = compiled;
  if (greedy ? rawSegments.length < segments.length : rawSegments.length !== segments.length) return void 0;
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const pattern = segments[i];
    const isLast = i === segments.length - 1;
    const raw = greedy && isLast ? rawSegments.slice(i).join("/") : rawSegments[i];
    if (pattern.startsWith("{")) {
      if (raw === "") return void 0;
      try {
        params[pattern.slice(1, -1)] = decodeURIComponent(raw);
      } catch {
        return void 0;
      }
    } else if (pattern !== raw) return void 0;
  }
  return params;
}
function bySpecificity(a, b) {
  return b.literalCount - a.literalCount || Number(a.greedy) - Number(b.greedy) || b.segments.length - a.segments.length;
}
var OpenApiCatalog = class {
  #operations = /* @__PURE__ */ new Map();
  #allRoutes;
  constructor() {
    for (const [path, item] of Object.entries(subset.paths)) {
      for (const [method, spec] of Object.entries(item)) {
        this.#operations.set(spec.operationId, new Operation(method, path, spec));
      }
    }
    this.#allRoutes = subset["x-all-routes"].map(([method, path, id]) => compileTemplate(method, path, id)).sort(bySpecificity);
  }
  /** The operation with this id; throws for one the subset lacks (regenerate the subset). */
  operation(operationId) {
    const operation = this.#operations.get(operationId);
    if (!operation) {
      throw new Error(`operation ${operationId} is not in openapi-subset.json: add it to scripts/extract-openapi.mjs and run it`);
    }
    return operation;
  }
  /** Builds a matcher over a set of served operations, most specific template first. */
  router(operationIds) {
    const routes = operationIds.map((id) => {
      const op = this.operation(id);
      return compileTemplate(op.method, op.path, id);
    }).sort(bySpecificity);
    return (method, pathname) => findRoute(routes, method, pathname);
  }
  /** The GitHub route a request would reach, whether or not the sandbox serves it. */
  githubRoute(method, pathname) {
    return findRoute(this.#allRoutes, method, pathname);
  }
};
function findRoute(routes, method, pathname) {
  const rawSegments = pathname.split("/").slice(1);
  const wanted = method === "HEAD" ? "GET" : method;
  for (const route of routes) {
    if (route.method !== wanted) continue;
    const params = matchTemplate(route, rawSegments);
    if (params) return { operationId: route.operationId, template: route.template, params };
  }
  return void 0;
}
var catalog;
function openApiCatalog() {
  catalog ??= new OpenApiCatalog();
  return catalog;
}

// packages/sandbox/src/rest/views.ts
var enc = encodeURIComponent;
var RestViews = class {
  constructor(state) {
    this.state = state;
  }
  state;
  get api() {
    return this.state.urls.api;
  }
  get web() {
    return this.state.urls.web;
  }
  /** `simple-user` for a login (unknown logins render as a ghost user, as GitHub does). */
  user(login) {
    const account2 = this.state.findAccount(login) ?? this.#ghost();
    const path = enc(account2.login);
    const url = `${this.api}/users/${path}`;
    return {
      login: account2.login,
      id: account2.id,
      node_id: account2.nodeId,
      avatar_url: `${this.web}/avatars/u/${account2.id}?v=4`,
      gravatar_id: "",
      url,
      html_url: account2.type === "Bot" ? `${this.web}/apps/${account2.login.replace(/\[bot\]$/, "")}` : `${this.web}/${account2.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: account2.type,
      user_view_type: "public",
      site_admin: false
    };
  }
  #ghost() {
    return { id: 10137, nodeId: nodeId("U", 10137), login: "ghost", type: "User", name: null, email: null, createdAt: isoSeconds(0), token: null };
  }
  /** `public-user` / `private-user` (`GET /user`, `GET /users/{username}`). */
  fullUser(account2, privateView) {
    const base = {
      ...this.user(account2.login),
      name: account2.name,
      company: null,
      blog: "",
      location: null,
      email: account2.email,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: account2.createdAt,
      updated_at: account2.createdAt
    };
    if (!privateView) return base;
    return {
      ...base,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: "free", space: 976562499, collaborators: 0, private_repos: 1e4 }
    };
  }
  /** `repository` (nested in pull requests and events); with a viewer, its `permissions`. */
  repository(repo2, viewer) {
    const url = `${this.api}/repos/${repo2.fullName}`;
    const html = `${this.web}/${repo2.fullName}`;
    const openIssues = [...repo2.issues.values()].filter((i) => i.state === "open").length;
    const json = {
      id: repo2.id,
      node_id: repo2.nodeId,
      name: repo2.name,
      full_name: repo2.fullName,
      owner: this.user(repo2.owner),
      private: repo2.private,
      html_url: html,
      description: repo2.description,
      fork: false,
      url,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `${html.replace(/^https?:/, "git:")}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@${new URL(this.web).host}:${repo2.fullName}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: html,
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo2.defaultBranch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: repo2.private ? "private" : "public",
      pushed_at: repo2.pushedAt,
      created_at: repo2.createdAt,
      updated_at: repo2.updatedAt,
      allow_forking: false,
      web_commit_signoff_required: false,
      license: null
    };
    if (viewer) json.permissions = this.permissions(this.state.permission(repo2, viewer.login));
    return json;
  }
  /** `full-repository` (`GET /repos/{owner}/{repo}`). */
  fullRepository(repo2, viewer) {
    const owner = this.state.findAccount(repo2.owner);
    return {
      ...this.repository(repo2, viewer),
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      subscribers_count: 0,
      network_count: 0,
      ...owner?.type === "Organization" ? { organization: this.user(owner.login) } : {}
    };
  }
  /** The `permissions` object of a repository for a role. */
  permissions(role) {
    const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(role);
    return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
  }
  /** `label`. */
  label(repo2, label) {
    return {
      id: label.id,
      node_id: label.nodeId,
      url: `${this.api}/repos/${repo2.fullName}/labels/${enc(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: label.isDefault
    };
  }
  /** `reaction-rollup` for a list of reactions. */
  reactionRollup(url, reactions) {
    const rollup = { url, total_count: reactions.length };
    for (const content of REACTION_CONTENTS) rollup[content] = reactions.filter((r) => r.content === content).length;
    return rollup;
  }
  /** `reaction`. */
  reaction(reaction) {
    return { id: reaction.id, node_id: reaction.nodeId, user: this.user(reaction.user), content: reaction.content, created_at: reaction.createdAt };
  }
  /** GitHub's author_association of a login on a repository. */
  authorAssociation(repo2, login) {
    if (login.toLowerCase() === repo2.owner.toLowerCase()) return "OWNER";
    const account2 = this.state.findAccount(login);
    if (account2?.type === "Bot") return "NONE";
    if (repo2.grants.has(login.toLowerCase())) {
      const owner = this.state.findAccount(repo2.owner);
      return owner?.type === "Organization" ? "MEMBER" : "COLLABORATOR";
    }
    const contributed = [...repo2.issues.values()].some((i) => i.pull?.merged && i.author.toLowerCase() === login.toLowerCase());
    return contributed ? "CONTRIBUTOR" : "NONE";
  }
  issueUrl(repo2, issue2) {
    return `${this.api}/repos/${repo2.fullName}/issues/${issue2.number}`;
  }
  issueHtmlUrl(repo2, issue2) {
    return `${this.web}/${repo2.fullName}/${issue2.pull ? "pull" : "issues"}/${issue2.number}`;
  }
  /** `issue` (pull requests carry a `pull_request` key, as in GitHub's issue lists). */
  issue(repo2, issue2) {
    const url = this.issueUrl(repo2, issue2);
    const assignees = issue2.assignees.map((login) => this.user(login));
    const json = {
      id: issue2.id,
      node_id: issue2.nodeId,
      url,
      repository_url: `${this.api}/repos/${repo2.fullName}`,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: this.issueHtmlUrl(repo2, issue2),
      number: issue2.number,
      state: issue2.state,
      state_reason: issue2.stateReason,
      title: issue2.title,
      body: issue2.body,
      user: this.user(issue2.author),
      labels: this.state.issueLabels(repo2, issue2).map((l) => this.label(repo2, l)),
      assignee: assignees[0] ?? null,
      assignees,
      milestone: null,
      locked: issue2.locked,
      active_lock_reason: null,
      comments: issue2.commentIds.length,
      closed_at: issue2.closedAt,
      created_at: issue2.createdAt,
      updated_at: issue2.updatedAt,
      closed_by: issue2.closedBy ? this.user(issue2.closedBy) : null,
      author_association: this.authorAssociation(repo2, issue2.author),
      reactions: this.reactionRollup(`${url}/reactions`, issue2.reactions),
      timeline_url: `${url}/timeline`,
      performed_via_github_app: null
    };
    if (issue2.pull) {
      const pullUrl = `${this.api}/repos/${repo2.fullName}/pulls/${issue2.number}`;
      const html = this.issueHtmlUrl(repo2, issue2);
      json.draft = issue2.pull.draft;
      json.pull_request = { url: pullUrl, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: issue2.pull.mergedAt };
    }
    return json;
  }
  /** `issue-comment`. */
  comment(repo2, comment2) {
    const issue2 = repo2.issues.get(comment2.issueNumber);
    const url = `${this.api}/repos/${repo2.fullName}/issues/comments/${comment2.id}`;
    const issueHtml = issue2 ? this.issueHtmlUrl(repo2, issue2) : `${this.web}/${repo2.fullName}/issues/${comment2.issueNumber}`;
    return {
      id: comment2.id,
      node_id: comment2.nodeId,
      url,
      html_url: `${issueHtml}#issuecomment-${comment2.id}`,
      body: comment2.body,
      user: this.user(comment2.author),
      created_at: comment2.createdAt,
      updated_at: comment2.updatedAt,
      issue_url: `${this.api}/repos/${repo2.fullName}/issues/${comment2.issueNumber}`,
      author_association: this.authorAssociation(repo2, comment2.author),
      reactions: this.reactionRollup(`${url}/reactions`, comment2.reactions),
      performed_via_github_app: null
    };
  }
  /** One entry of `GET /issues/{n}/timeline`, or undefined for an event REST does not list. */
  timelineEvent(repo2, issue2, event) {
    const actor = this.user(event.actor);
    if (event.event === "commented") {
      const comment2 = repo2.comments.get(event.commentId);
      if (!comment2) return void 0;
      return { ...this.comment(repo2, comment2), event: "commented", actor: this.user(comment2.author) };
    }
    if (event.event === "cross-referenced") {
      const sourceRepo = this.state.findRepo(event.source.repo);
      const source = sourceRepo?.issues.get(event.source.number);
      if (!sourceRepo || !source) return void 0;
      return {
        event: "cross-referenced",
        actor,
        created_at: event.createdAt,
        updated_at: event.createdAt,
        source: { type: "issue", issue: { ...this.issue(sourceRepo, source), repository: this.repository(sourceRepo) } }
      };
    }
    const base = {
      id: event.id,
      node_id: event.nodeId,
      url: `${this.api}/repos/${repo2.fullName}/issues/events/${event.id}`,
      actor,
      event: event.event,
      commit_id: null,
      commit_url: null,
      created_at: event.createdAt,
      performed_via_github_app: null
    };
    switch (event.event) {
      case "labeled":
      case "unlabeled":
        return { ...base, label: { name: event.label.name, color: event.label.color } };
      case "assigned":
      case "unassigned":
        return { ...base, assignee: this.user(event.assignee) };
      case "renamed":
        return { ...base, rename: { from: event.from, to: event.to } };
      case "closed":
        return {
          ...base,
          state_reason: event.stateReason,
          commit_id: event.commitId,
          commit_url: event.commitId ? `${this.api}/repos/${repo2.fullName}/commits/${event.commitId}` : null
        };
      case "merged":
        return { ...base, commit_id: event.commitId, commit_url: `${this.api}/repos/${repo2.fullName}/commits/${event.commitId}` };
      case "reopened":
        return { ...base, state_reason: "reopened" };
      case "review_requested":
      case "review_request_removed":
        return { ...base, review_requester: actor, requested_reviewer: this.user(event.reviewer) };
    }
  }
  /** `git-ref`. */
  gitRef(repo2, ref, sha) {
    return {
      ref,
      node_id: nodeId("REF", repo2.id, ref),
      url: `${this.api}/repos/${repo2.fullName}/git/${ref}`,
      object: { type: "commit", sha, url: `${this.api}/repos/${repo2.fullName}/git/commits/${sha}` }
    };
  }
  /** `git-commit`. */
  gitCommit(repo2, commit) {
    const base = `${this.api}/repos/${repo2.fullName}/git`;
    return {
      sha: commit.sha,
      node_id: nodeId("C", repo2.id, commit.sha),
      url: `${base}/commits/${commit.sha}`,
      html_url: `${this.web}/${repo2.fullName}/commit/${commit.sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      tree: { sha: commit.tree, url: `${base}/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((sha) => ({ sha, url: `${base}/commits/${sha}`, html_url: `${this.web}/${repo2.fullName}/commit/${sha}` })),
      verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null }
    };
  }
  /** `commit` (the REST commits API shape, as in compare and branch responses). */
  commit(repo2, commit) {
    const url = `${this.api}/repos/${repo2.fullName}/commits/${commit.sha}`;
    const git = this.gitCommit(repo2, commit);
    return {
      url,
      sha: commit.sha,
      node_id: git.node_id,
      html_url: git.html_url,
      comments_url: `${url}/comments`,
      commit: {
        url: git.url,
        author: git.author,
        committer: git.committer,
        message: commit.message,
        comment_count: 0,
        tree: git.tree,
        verification: git.verification
      },
      author: this.#accountByEmail(commit.author.email),
      committer: this.#accountByEmail(commit.committer.email),
      parents: commit.parents.map((sha) => ({ sha, url: `${this.api}/repos/${repo2.fullName}/commits/${sha}`, html_url: `${this.web}/${repo2.fullName}/commit/${sha}` }))
    };
  }
  #accountByEmail(email) {
    for (const account2 of this.state.accounts.values()) {
      const noreply = `${account2.id}+${account2.login}@users.noreply.github.com`;
      if (account2.email === email || noreply === email) return this.user(account2.login);
    }
    return null;
  }
  /** A tree entry of `git-tree`. */
  treeEntry(repo2, entry, path) {
    const base = `${this.api}/repos/${repo2.fullName}/git`;
    const json = { path, mode: entry.mode, type: entry.type, sha: entry.sha };
    if (entry.type === "blob") {
      json.size = repo2.git.getBlob(entry.sha)?.content.length ?? 0;
      json.url = `${base}/blobs/${entry.sha}`;
    } else if (entry.type === "tree") json.url = `${base}/trees/${entry.sha}`;
    return json;
  }
  /** `content-file` for a blob at a path and ref. */
  contentFile(repo2, path, sha, content, ref) {
    const links = this.#contentLinks(repo2, path, sha, "blob", ref);
    return {
      type: "file",
      encoding: "base64",
      size: content.length,
      name: path.split("/").pop() ?? path,
      path,
      // GitHub wraps the base64 at 60 columns with newlines.
      content: content.toString("base64").replace(/(.{60})/g, "$1\n"),
      sha,
      ...links
    };
  }
  /** One entry of a directory listing (`content-directory`). */
  contentEntry(repo2, path, entry, ref) {
    const type = entry.type === "tree" ? "dir" : entry.type === "commit" ? "submodule" : entry.mode === "120000" ? "symlink" : "file";
    const size = entry.type === "blob" ? repo2.git.getBlob(entry.sha)?.content.length ?? 0 : 0;
    return { type, size, name: entry.name, path, sha: entry.sha, ...this.#contentLinks(repo2, path, entry.sha, entry.type === "tree" ? "tree" : "blob", ref) };
  }
  #contentLinks(repo2, path, sha, kind, ref) {
    const encodedPath = path.split("/").map(enc).join("/");
    const url = `${this.api}/repos/${repo2.fullName}/contents/${encodedPath}?ref=${enc(ref)}`;
    const gitUrl = `${this.api}/repos/${repo2.fullName}/git/${kind === "tree" ? "trees" : "blobs"}/${sha}`;
    const htmlUrl = `${this.web}/${repo2.fullName}/${kind}/${enc(ref)}/${encodedPath}`;
    return {
      url,
      git_url: gitUrl,
      html_url: htmlUrl,
      download_url: kind === "blob" ? `${this.web}/raw/${repo2.fullName}/${enc(ref)}/${encodedPath}` : null,
      _links: { self: url, git: gitUrl, html: htmlUrl }
    };
  }
  /** `diff-entry` for a changed file. */
  diffEntry(repo2, change, ref) {
    const encodedPath = change.path.split("/").map(enc).join("/");
    return {
      sha: change.sha,
      filename: change.path,
      status: change.status,
      additions: change.additions,
      deletions: change.deletions,
      changes: change.additions + change.deletions,
      blob_url: `${this.web}/${repo2.fullName}/blob/${ref}/${encodedPath}`,
      raw_url: `${this.web}/${repo2.fullName}/raw/${ref}/${encodedPath}`,
      contents_url: `${this.api}/repos/${repo2.fullName}/contents/${encodedPath}?ref=${ref}`,
      ...change.patch === void 0 ? {} : { patch: change.patch }
    };
  }
  /** `pull-request-simple` (lists); `full` adds the counts of `pull-request`. */
  pull(repo2, issue2, full) {
    const pull2 = issue2.pull;
    if (!pull2 || issue2.pullId === null || issue2.pullNodeId === null) throw new Error(`#${issue2.number} is not a pull request`);
    const url = `${this.api}/repos/${repo2.fullName}/pulls/${issue2.number}`;
    const html = this.issueHtmlUrl(repo2, issue2);
    const issueUrl = this.issueUrl(repo2, issue2);
    const baseSha = repo2.git.refs.get(`refs/heads/${pull2.baseRef}`) ?? pull2.headSha;
    const side = (ref, sha) => ({ label: `${repo2.owner}:${ref}`, ref, sha, user: this.user(repo2.owner), repo: this.repository(repo2) });
    const assignees = issue2.assignees.map((login) => this.user(login));
    const json = {
      url,
      id: issue2.pullId,
      node_id: issue2.pullNodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.api}/repos/${repo2.fullName}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${this.api}/repos/${repo2.fullName}/statuses/${pull2.headSha}`,
      number: issue2.number,
      state: issue2.state,
      locked: issue2.locked,
      title: issue2.title,
      user: this.user(issue2.author),
      body: issue2.body,
      labels: this.state.issueLabels(repo2, issue2).map((l) => this.label(repo2, l)),
      milestone: null,
      active_lock_reason: null,
      created_at: issue2.createdAt,
      updated_at: issue2.updatedAt,
      closed_at: issue2.closedAt,
      merged_at: pull2.mergedAt,
      merge_commit_sha: pull2.mergeCommitSha,
      assignee: assignees[0] ?? null,
      assignees,
      requested_reviewers: pull2.requestedReviewers.map((login) => this.user(login)),
      requested_teams: [],
      head: side(pull2.headRef, pull2.headSha),
      base: side(pull2.baseRef, baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.api}/repos/${repo2.fullName}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.api}/repos/${repo2.fullName}/statuses/${pull2.headSha}` }
      },
      author_association: this.authorAssociation(repo2, issue2.author),
      auto_merge: null,
      draft: pull2.draft
    };
    if (!full) return json;
    const files = this.state.pullFiles(repo2, issue2);
    const mergeBase = pull2.merged ? void 0 : repo2.git.mergeBase(baseSha, pull2.headSha);
    const commits = mergeBase ? repo2.git.commitsBetween(mergeBase, pull2.headSha).length : 1;
    const conflicted = issue2.state === "open" && !pull2.merged && this.#wouldConflict(repo2, baseSha, pull2.headSha);
    return {
      ...json,
      merged: pull2.merged,
      mergeable: issue2.state === "open" ? !conflicted : null,
      rebaseable: issue2.state === "open" ? !conflicted : null,
      mergeable_state: issue2.state === "open" ? conflicted ? "dirty" : "clean" : "unknown",
      merged_by: pull2.mergedBy ? this.user(pull2.mergedBy) : null,
      comments: issue2.commentIds.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: files.reduce((sum, f) => sum + f.additions, 0),
      deletions: files.reduce((sum, f) => sum + f.deletions, 0),
      changed_files: files.length
    };
  }
  #wouldConflict(repo2, base, head) {
    const git = repo2.git;
    const ancestor = git.mergeBase(base, head);
    if (!ancestor || ancestor === base || ancestor === head) return false;
    const files = (sha) => new Map(git.flatten(git.getCommit(sha).tree).map((e) => [e.path, e.sha]));
    const a = files(ancestor);
    const ours = files(base);
    const theirs = files(head);
    for (const path of /* @__PURE__ */ new Set([...ours.keys(), ...theirs.keys()])) {
      const o = ours.get(path);
      const t = theirs.get(path);
      const original = a.get(path);
      if (o !== t && o !== original && t !== original) return true;
    }
    return false;
  }
};

// packages/sandbox/src/rest/context.ts
function stringParam(values, name) {
  const value = values[name];
  if (typeof value !== "string") throw new TypeError(`parameter ${name} is not a string`);
  return value;
}
function intParam(values, name) {
  const value = values[name];
  if (typeof value !== "number" || !Number.isInteger(value)) throw new TypeError(`parameter ${name} is not an integer`);
  return value;
}
function repoFor(request, needed) {
  const repo2 = request.state.visibleRepo(request.actor, stringParam(request.params, "owner"), stringParam(request.params, "repo"));
  if (needed !== "read") request.state.requireAccess(repo2, request.actor, needed);
  return repo2;
}
function bodyOf(request) {
  return request.body ?? {};
}
var DEFAULT_PER_PAGE = 30;
var MAX_PER_PAGE = 100;
function paginate(request, items, render) {
  const perPageRaw = typeof request.query.per_page === "number" ? request.query.per_page : DEFAULT_PER_PAGE;
  const perPage = Math.min(Math.max(1, perPageRaw), MAX_PER_PAGE);
  const page = typeof request.query.page === "number" && request.query.page > 0 ? request.query.page : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = linkHeader(request, page, lastPage);
  return { status: 200, body: slice.map(render), ...link ? { headers: { link } } : {} };
}
function linkHeader(request, page, lastPage) {
  const pageUrl = (n) => {
    const url = new URL(`${request.state.urls.api}${request.url.pathname}${request.url.search}`);
    url.searchParams.set("page", String(n));
    return url.toString();
  };
  const links = [];
  if (page > 1) links.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return links.length > 0 ? links.join(", ") : void 0;
}

// packages/sandbox/src/workflows.ts
var import_yaml2 = __toESM(require_dist(), 1);
var INACTIVITY_DAYS = 60;
var workflowIds = /* @__PURE__ */ new WeakMap();
function workflowsOf(state, repo2) {
  const head = state.resolveCommitish(repo2, repo2.defaultBranch);
  if (!head) return [];
  const dir = repo2.git.lookup(repo2.git.getCommit(head).tree, ".github/workflows");
  if (!dir || dir.type !== "tree") return [];
  let ids = workflowIds.get(repo2);
  if (!ids) workflowIds.set(repo2, ids = /* @__PURE__ */ new Map());
  const inactive = !repo2.private && state.clock.nowMs() - Date.parse(repo2.pushedAt) > INACTIVITY_DAYS * 864e5;
  const found = [];
  for (const entry of repo2.git.getTree(dir.sha).entries) {
    if (entry.type !== "blob" || !/\.ya?ml$/.test(entry.name)) continue;
    const path = `.github/workflows/${entry.name}`;
    let id = ids.get(path);
    if (id === void 0) ids.set(path, id = state.ids.next());
    let parsed = {};
    try {
      parsed = (0, import_yaml2.parse)(repo2.git.getBlob(entry.sha).content.toString("utf8")) ?? {};
    } catch {
    }
    const on = parsed.on;
    const hasSchedule = on !== null && typeof on === "object" && "schedule" in on;
    const explicit = repo2.settings.workflowStates[entry.name];
    const stateOf = explicit ?? (hasSchedule && inactive ? "disabled_inactivity" : "active");
    found.push({ id, path, name: typeof parsed.name === "string" ? parsed.name : path, state: stateOf, hasSchedule });
  }
  return found;
}

// packages/sandbox/src/routes/actions.ts
function workflowJson(request, repo2, workflow) {
  const api = `${request.state.urls.api}/repos/${repo2.fullName}/actions/workflows/${workflow.id}`;
  return {
    id: workflow.id,
    node_id: nodeId("W", workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: workflow.state,
    created_at: repo2.createdAt,
    updated_at: repo2.pushedAt,
    url: api,
    html_url: `${request.state.urls.web}/${repo2.fullName}/blob/${repo2.defaultBranch}/${workflow.path}`,
    badge_url: `${request.state.urls.web}/${repo2.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`
  };
}
function workflowFor(request, repo2) {
  const key = String(request.params.workflow_id);
  const found = workflowsOf(request.state, repo2).find((w) => String(w.id) === key || w.path.split("/").pop() === key);
  if (!found) throw notFound();
  return found;
}
function setState(request, state) {
  const repo2 = repoFor(request, "write");
  const workflow = workflowFor(request, repo2);
  repo2.settings.workflowStates[workflow.path.split("/").pop()] = state;
  return { status: 204 };
}
var actionsRoutes = [
  {
    operationId: "actions/list-repo-workflows",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const workflows = workflowsOf(request.state, repo2);
      const page = paginate(request, workflows, (w) => workflowJson(request, repo2, w));
      return { ...page, body: { total_count: workflows.length, workflows: page.body } };
    }
  },
  {
    operationId: "actions/get-workflow",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: workflowJson(request, repo2, workflowFor(request, repo2)) };
    }
  },
  { operationId: "actions/enable-workflow", handler: (request) => setState(request, "active") },
  { operationId: "actions/disable-workflow", handler: (request) => setState(request, "disabled_manually") }
];

// packages/sandbox/src/routes/comments.ts
var commentRoutes = [
  {
    operationId: "issues/list-comments",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = request.state.issue(repo2, intParam(request.params, "issue_number"));
      const since = typeof request.query.since === "string" ? Date.parse(request.query.since) : void 0;
      const comments = request.state.listComments(repo2, issue2).filter((c) => since === void 0 || Date.parse(c.updatedAt) >= since);
      return paginate(request, comments, (comment2) => request.views.comment(repo2, comment2));
    }
  },
  {
    operationId: "issues/create-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { body } = bodyOf(request);
      const comment2 = request.state.addComment(repo2, request.actor, intParam(request.params, "issue_number"), body);
      const json = request.views.comment(repo2, comment2);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.comment(repo2, request.state.comment(repo2, intParam(request.params, "comment_id"))) };
    }
  },
  {
    operationId: "issues/update-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { body } = bodyOf(request);
      const comment2 = request.state.updateComment(repo2, request.actor, intParam(request.params, "comment_id"), body);
      return { status: 200, body: request.views.comment(repo2, comment2) };
    }
  },
  {
    operationId: "issues/delete-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      request.state.deleteComment(repo2, request.actor, intParam(request.params, "comment_id"));
      return { status: 204 };
    }
  },
  {
    operationId: "reactions/list-for-issue-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const comment2 = request.state.comment(repo2, intParam(request.params, "comment_id"));
      const content = typeof request.query.content === "string" ? request.query.content : void 0;
      const reactions = comment2.reactions.filter((r) => content === void 0 || r.content === content);
      return paginate(request, reactions, (reaction) => request.views.reaction(reaction));
    }
  },
  {
    operationId: "reactions/create-for-issue-comment",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const { content } = bodyOf(request);
      const { reaction, created } = request.state.addReaction(repo2, request.actor, { commentId: intParam(request.params, "comment_id") }, content);
      return { status: created ? 201 : 200, body: request.views.reaction(reaction) };
    }
  }
];

// packages/sandbox/src/routes/contents.ts
var BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;
function wantsRaw(request) {
  const accept = request.headers.accept ?? "";
  return /application\/vnd\.github(?:\.v3)?\.raw/.test(accept);
}
function resolveRef(request, repo2) {
  const ref = typeof request.query.ref === "string" && request.query.ref !== "" ? request.query.ref : repo2.defaultBranch;
  const sha = request.state.resolveCommitish(repo2, ref);
  if (!sha) throw notFound(`No commit found for the ref ${ref}`);
  return { ref, sha };
}
function identityFrom(input, now) {
  return input ? { name: input.name, email: input.email, date: input.date ?? now } : void 0;
}
function fileCommitBody(request, repo2, path, branch, commitSha, deleted) {
  const commit = repo2.git.getCommit(commitSha);
  const gitCommit = request.views.gitCommit(repo2, commit);
  let content = null;
  if (!deleted) {
    const file = request.state.readFile(repo2, path, commitSha);
    const view = request.views.contentFile(repo2, path, file.sha, file.content, branch);
    const { content: _content, encoding: _encoding, ...rest } = view;
    content = rest;
  }
  return { content, commit: gitCommit };
}
var contentRoutes = [
  {
    operationId: "repos/get-content",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const { ref, sha } = resolveRef(request, repo2);
      const tree = repo2.git.getCommit(sha).tree;
      const entry = repo2.git.lookup(tree, path);
      if (!entry) throw notFound();
      if (entry.type === "tree") {
        const listing = repo2.git.getTree(entry.sha).entries.map(
          (child) => request.views.contentEntry(repo2, path === "" ? child.name : `${path}/${child.name}`, child, ref)
        );
        return { status: 200, body: listing };
      }
      if (entry.type !== "blob") return { status: 200, body: request.views.contentEntry(repo2, path, entry, ref) };
      const blob = repo2.git.getBlob(entry.sha);
      if (wantsRaw(request)) return { status: 200, raw: { contentType: "application/vnd.github.raw", data: blob.content } };
      const view = request.views.contentFile(repo2, path, blob.sha, blob.content, ref);
      if (blob.content.length >= CONTENTS_INLINE_LIMIT) return { status: 200, body: { ...view, content: "", encoding: "none" } };
      return { status: 200, body: view };
    }
  },
  {
    operationId: "repos/create-or-update-file-contents",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const body = bodyOf(request);
      const branch = body.branch ?? repo2.defaultBranch;
      const head = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const content = body.content ?? "";
      if (!BASE64.test(content)) throw invalidRequest("content is not valid Base64");
      const existing = request.state.readFile(repo2, path, head);
      const protection = protectionFor(repo2.settings, branch, request.actor.login);
      if (protection) throw contentsProtectionError(protection, existing ? "update" : "create");
      if (repo2.settings.pushProtection) {
        const secrets = findSecrets(Buffer.from(content, "base64"));
        if (secrets.length > 0) throw pushProtectionError(secrets);
      }
      if (existing && body.sha === void 0) throw invalidRequest(`"sha" wasn't supplied.`);
      if (body.sha !== void 0 && existing?.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      if (!existing && repo2.git.lookup(repo2.git.getCommit(head).tree, path)) {
        throw new GitHubError(422, "Invalid request.\n\npath is a directory or a submodule.");
      }
      request.inFlight?.();
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const committer = identityFrom(body.committer ?? body.author, now);
      const commit = request.state.commitFiles(repo2, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: Buffer.from(content, "base64") }],
        expectedHead: head,
        ...author ? { author } : {},
        ...committer ? { committer } : {}
      });
      return { status: existing ? 200 : 201, body: fileCommitBody(request, repo2, path, branch, commit.sha, false) };
    }
  },
  {
    operationId: "repos/delete-file",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const path = stringParam(request.params, "path").replace(/^\/+|\/+$/g, "");
      const body = bodyOf(request);
      const branch = body.branch ?? repo2.defaultBranch;
      const head = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!head) throw notFound(`Branch ${branch} not found`);
      const existing = request.state.readFile(repo2, path, head);
      if (!existing) throw notFound();
      if (existing.sha !== body.sha) throw conflict(`${path} does not match ${body.sha}`);
      const protection = protectionFor(repo2.settings, branch, request.actor.login);
      if (protection) throw contentsProtectionError(protection, "delete");
      request.inFlight?.();
      const now = request.state.now();
      const author = identityFrom(body.author ?? body.committer, now);
      const commit = request.state.commitFiles(repo2, request.actor, {
        branch,
        message: body.message,
        files: [{ path, content: null }],
        expectedHead: head,
        ...author ? { author, committer: author } : {}
      });
      return { status: 200, body: fileCommitBody(request, repo2, path, branch, commit.sha, true) };
    }
  }
];

// packages/sandbox/src/routes/dispatches.ts
var MAX_CLIENT_PAYLOAD_CHARS = 65535;
var dispatchRoutes = [
  {
    operationId: "repos/create-dispatch-event",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const clientPayload = body.client_payload ?? {};
      if (JSON.stringify(clientPayload).length > MAX_CLIENT_PAYLOAD_CHARS) {
        throw new GitHubError(422, "client_payload is too large");
      }
      repo2.dispatches.push({ eventType: body.event_type, clientPayload, sender: request.actor.login, at: request.state.now() });
      return { status: 204 };
    }
  }
];

// packages/sandbox/src/git.ts
import { createHash } from "node:crypto";
function hashObject(type, content) {
  return createHash("sha1").update(`${type} ${content.length}\0`).update(content).digest("hex");
}
var SHA_PATTERN = /^[0-9a-f]{40}$/;
function isSha(value) {
  return SHA_PATTERN.test(value);
}
function treeOrderKey(entry) {
  return entry.type === "tree" ? `${entry.name}/` : entry.name;
}
function compareEntries(a, b) {
  const ka = Buffer.from(treeOrderKey(a));
  const kb = Buffer.from(treeOrderKey(b));
  return Buffer.compare(ka, kb);
}
function serializeTree(entries) {
  const parts = [];
  for (const entry of entries) {
    const mode = entry.mode === "040000" ? "40000" : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`), Buffer.from(entry.sha, "hex"));
  }
  return Buffer.concat(parts);
}
function identityLine(role, who) {
  const seconds = Math.floor(Date.parse(who.date) / 1e3);
  return `${role} ${who.name} <${who.email}> ${seconds} +0000`;
}
function serializeCommit(commit) {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(identityLine("author", commit.author), identityLine("committer", commit.committer));
  return Buffer.from(`${lines.join("\n")}

${commit.message}`);
}
function splitPath(path) {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.some((s) => s === "." || s === "..")) throw new RangeError(`invalid path ${path}`);
  return segments;
}
var GitStore = class {
  objects = /* @__PURE__ */ new Map();
  /** Fully qualified ref name (`refs/heads/main`) → commit sha. */
  refs = /* @__PURE__ */ new Map();
  /** The id of the empty tree, which git knows without storing it. */
  emptyTree;
  constructor() {
    this.emptyTree = this.writeTree([]).sha;
  }
  /** Stores a blob and returns it. */
  writeBlob(content) {
    const data = typeof content === "string" ? Buffer.from(content) : content;
    const blob = { type: "blob", sha: hashObject("blob", data), content: data };
    this.objects.set(blob.sha, blob);
    return blob;
  }
  /** Stores a tree (entries are sorted into git's order) and returns it. */
  writeTree(entries) {
    const sorted = [...entries].sort(compareEntries);
    const tree = { type: "tree", sha: hashObject("tree", serializeTree(sorted)), entries: sorted };
    this.objects.set(tree.sha, tree);
    return tree;
  }
  /** Stores a commit and returns it. */
  writeCommit(commit) {
    const stored = { type: "commit", ...commit, sha: hashObject("commit", serializeCommit(commit)) };
    this.objects.set(stored.sha, stored);
    return stored;
  }
  get(sha) {
    return this.objects.get(sha);
  }
  getBlob(sha) {
    const object = this.objects.get(sha);
    return object?.type === "blob" ? object : void 0;
  }
  getTree(sha) {
    const object = this.objects.get(sha);
    return object?.type === "tree" ? object : void 0;
  }
  getCommit(sha) {
    const object = this.objects.get(sha);
    return object?.type === "commit" ? object : void 0;
  }
  /** Finds the entry at `path` under `treeSha`; the empty path is the tree itself. */
  lookup(treeSha, path) {
    let current = { name: "", mode: "040000", type: "tree", sha: treeSha };
    for (const segment of splitPath(path)) {
      if (current.type !== "tree") return void 0;
      const tree = this.getTree(current.sha);
      const next = tree?.entries.find((e) => e.name === segment);
      if (!next) return void 0;
      current = next;
    }
    return current;
  }
  /** Every blob under a tree, with its full path, in git's order. */
  flatten(treeSha, prefix = "") {
    const tree = this.getTree(treeSha);
    if (!tree) return [];
    const out = [];
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.type === "tree") out.push(...this.flatten(entry.sha, path));
      else out.push({ path, sha: entry.sha, mode: entry.mode });
    }
    return out;
  }
  /**
   * Applies changes to a tree (or to the empty tree) and returns the new root tree, writing every
   * intermediate tree. Directories left empty disappear, as in git.
   */
  applyChanges(baseTreeSha, changes) {
    const root = baseTreeSha ?? this.emptyTree;
    if (!this.getTree(root)) throw new RangeError(`unknown tree ${root}`);
    const direct = /* @__PURE__ */ new Map();
    const nested = /* @__PURE__ */ new Map();
    for (const change of changes) {
      const [head, ...rest] = splitPath(change.path);
      if (head === void 0) throw new RangeError("a tree change needs a path");
      if (rest.length === 0) direct.set(head, change);
      else {
        const list = nested.get(head) ?? [];
        list.push({ ...change, path: rest.join("/") });
        nested.set(head, list);
      }
    }
    const entries = new Map(this.getTree(root).entries.map((e) => [e.name, e]));
    for (const [name, change] of direct) {
      if (change.sha === null) {
        entries.delete(name);
        continue;
      }
      const type = change.type ?? (change.mode === "040000" ? "tree" : change.mode === "160000" ? "commit" : "blob");
      const mode = change.mode ?? (type === "tree" ? "040000" : type === "commit" ? "160000" : "100644");
      entries.set(name, { name, mode, type, sha: change.sha });
    }
    for (const [name, subChanges] of nested) {
      const existing = entries.get(name);
      const base = existing?.type === "tree" ? existing.sha : void 0;
      const subtree = this.applyChanges(base, subChanges);
      if (subtree.entries.length === 0) entries.delete(name);
      else entries.set(name, { name, mode: "040000", type: "tree", sha: subtree.sha });
    }
    return this.writeTree([...entries.values()]);
  }
  /** Commits reachable from `sha` (itself included), newest first by walk order. */
  ancestors(sha, until) {
    const seen = /* @__PURE__ */ new Set([sha]);
    const order = [sha];
    for (let i = 0; i < order.length; i++) {
      const current = order[i];
      if (until?.(current)) break;
      for (const parent of this.getCommit(current)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          order.push(parent);
        }
      }
    }
    return order;
  }
  /** True when `ancestor` is reachable from `descendant` (or equal to it). */
  isAncestor(ancestor, descendant) {
    return this.ancestors(descendant, (sha) => sha === ancestor).includes(ancestor);
  }
  /** Commits reachable from `head` but not from `base` (what `base...head` adds), newest first. */
  commitsBetween(base, head) {
    const excluded = new Set(this.ancestors(base));
    return this.ancestors(head).filter((sha) => !excluded.has(sha));
  }
  /** The nearest common ancestor of two commits, if any. */
  mergeBase(a, b) {
    const fromA = new Set(this.ancestors(a));
    return this.ancestors(b).find((sha) => fromA.has(sha));
  }
  /** Paths that differ between two trees, with their blob shas, sorted (no line diff). */
  changedPaths(baseTreeSha, headTreeSha) {
    const before = new Map(this.flatten(baseTreeSha).map((e) => [e.path, e.sha]));
    const after = new Map(this.flatten(headTreeSha).map((e) => [e.path, e.sha]));
    const changes = [];
    for (const path of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
      const old = before.get(path);
      const now = after.get(path);
      if (old === now) continue;
      const status = old === void 0 ? "added" : now === void 0 ? "removed" : "modified";
      changes.push({ path, status, ...old === void 0 ? {} : { before: old }, ...now === void 0 ? {} : { after: now } });
    }
    return changes;
  }
  /** Files that differ between two trees, with line counts and patches. */
  diffTrees(baseTreeSha, headTreeSha) {
    const text = (sha) => sha ? this.getBlob(sha)?.content.toString("utf8") ?? "" : "";
    return this.changedPaths(baseTreeSha, headTreeSha).map(({ path, status, before, after }) => {
      const diff = unifiedDiff(text(before), text(after));
      return {
        path,
        status,
        sha: after ?? before,
        previousSha: before !== void 0 && after !== void 0 ? before : null,
        additions: diff.additions,
        deletions: diff.deletions,
        patch: diff.patch
      };
    });
  }
};
function toLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
var MAX_DIFF_CELLS = 4e6;
var CONTEXT = 3;
function unifiedDiff(oldText, newText) {
  const a = toLines(oldText);
  const b = toLines(newText);
  const ops = diffLines(a, b);
  const additions = ops.filter((o) => o.kind === "+").length;
  const deletions = ops.filter((o) => o.kind === "-").length;
  if (additions === 0 && deletions === 0) return { additions, deletions, patch: void 0 };
  return { additions, deletions, patch: renderHunks(ops) };
}
function diffLines(a, b) {
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [...a.map((line) => ({ kind: "-", line })), ...b.map((line) => ({ kind: "+", line }))];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      lcs[i2 * width + j2] = a[i2] === b[j2] ? lcs[(i2 + 1) * width + j2 + 1] + 1 : Math.max(lcs[(i2 + 1) * width + j2], lcs[i2 * width + j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i] });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      ops.push({ kind: "-", line: a[i++] });
    } else {
      ops.push({ kind: "+", line: b[j++] });
    }
  }
  while (i < a.length) ops.push({ kind: "-", line: a[i++] });
  while (j < b.length) ops.push({ kind: "+", line: b[j++] });
  return ops;
}
function renderHunks(ops) {
  const hunks = [];
  let index = 0;
  while (index < ops.length) {
    while (index < ops.length && ops[index].kind === " ") index++;
    if (index >= ops.length) break;
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= 2 * CONTEXT) {
      if (ops[end].kind !== " ") lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== "+") oldStart++;
      if (ops[k].kind !== "-") newStart++;
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((o) => o.kind !== "+").length;
    const newCount = slice.filter((o) => o.kind !== "-").length;
    const header = `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`;
    hunks.push([header, ...slice.map((o) => `${o.kind}${o.line}`)].join("\n"));
    index = end;
  }
  return hunks.join("\n");
}

// packages/sandbox/src/routes/git.ts
function unprocessable(message) {
  return new GitHubError(422, message);
}
function qualify(ref) {
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}
function wrapBase64(data) {
  return data.toString("base64").replace(/(.{60})/g, "$1\n");
}
function treeResponse(request, repo2, sha, recursive) {
  const entries = [];
  const walk = (treeSha, prefix) => {
    for (const entry of repo2.git.getTree(treeSha).entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      entries.push(request.views.treeEntry(repo2, entry, path));
      if (recursive && entry.type === "tree") walk(entry.sha, path);
    }
  };
  walk(sha, "");
  return { sha, url: `${request.state.urls.api}/repos/${repo2.fullName}/git/trees/${sha}`, tree: entries, truncated: false };
}
var gitRoutes = [
  {
    operationId: "git/get-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const ref = qualify(stringParam(request.params, "ref"));
      const sha = repo2.git.refs.get(ref);
      if (!sha) throw notFound();
      return { status: 200, body: request.views.gitRef(repo2, ref, sha) };
    }
  },
  {
    operationId: "git/create-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { ref, sha } = bodyOf(request);
      if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      }
      if (repo2.git.refs.has(ref)) throw unprocessable("Reference already exists");
      if (!repo2.git.getCommit(sha)) throw unprocessable("Object does not exist");
      if (ref.startsWith("refs/heads/")) request.state.moveBranch(repo2, ref.slice("refs/heads/".length), sha);
      else repo2.git.refs.set(ref, sha);
      return { status: 201, body: request.views.gitRef(repo2, ref, sha), headers: { location: `${request.state.urls.api}/repos/${repo2.fullName}/git/${ref}` } };
    }
  },
  {
    operationId: "git/update-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const ref = qualify(stringParam(request.params, "ref"));
      const { sha, force } = bodyOf(request);
      const current = repo2.git.refs.get(ref);
      if (!current) throw unprocessable("Reference does not exist");
      if (!repo2.git.getCommit(sha)) throw unprocessable("Object does not exist");
      if (ref.startsWith("refs/heads/")) {
        const protection = protectionFor(repo2.settings, ref.slice("refs/heads/".length), request.actor.login);
        if (protection) throw refProtectionError(protection);
      }
      if (!force && !repo2.git.isAncestor(current, sha)) throw unprocessable("Update is not a fast forward");
      if (ref.startsWith("refs/heads/")) request.state.moveBranch(repo2, ref.slice("refs/heads/".length), sha);
      else repo2.git.refs.set(ref, sha);
      return { status: 200, body: request.views.gitRef(repo2, ref, sha) };
    }
  },
  {
    operationId: "git/delete-ref",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const ref = qualify(stringParam(request.params, "ref"));
      if (!repo2.git.refs.has(ref)) throw unprocessable("Reference does not exist");
      if (ref === `refs/heads/${repo2.defaultBranch}`) throw unprocessable("Cannot delete the default branch");
      if (ref.startsWith("refs/heads/")) {
        const protection = protectionFor(repo2.settings, ref.slice("refs/heads/".length), request.actor.login);
        if (protection) throw refProtectionError(protection);
      }
      if (ref.startsWith("refs/heads/")) request.state.deleteBranch(repo2, request.actor, ref.slice("refs/heads/".length));
      else repo2.git.refs.delete(ref);
      return { status: 204 };
    }
  },
  {
    operationId: "git/create-blob",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { content, encoding } = bodyOf(request);
      if (encoding !== void 0 && encoding !== "utf-8" && encoding !== "base64") {
        throw validationFailed([{ resource: "Blob", code: "invalid", field: "encoding" }]);
      }
      const data = encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
      if (repo2.settings.pushProtection) {
        const secrets = findSecrets(data);
        if (secrets.length > 0) throw pushProtectionError(secrets);
      }
      const blob = repo2.git.writeBlob(data);
      const url = `${request.state.urls.api}/repos/${repo2.fullName}/git/blobs/${blob.sha}`;
      return { status: 201, body: { url, sha: blob.sha }, headers: { location: url } };
    }
  },
  {
    operationId: "git/get-blob",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const sha = stringParam(request.params, "file_sha");
      const blob = repo2.git.getBlob(sha);
      if (!blob) throw notFound();
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? "")) {
        return { status: 200, raw: { contentType: "application/vnd.github.raw", data: blob.content } };
      }
      return {
        status: 200,
        body: {
          sha,
          node_id: nodeId("B", repo2.id, sha),
          size: blob.content.length,
          url: `${request.state.urls.api}/repos/${repo2.fullName}/git/blobs/${sha}`,
          content: wrapBase64(blob.content),
          encoding: "base64"
        }
      };
    }
  },
  {
    operationId: "git/create-tree",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const { tree, base_tree: baseTree } = bodyOf(request);
      if (baseTree !== void 0 && !repo2.git.getTree(baseTree)) {
        const commit = repo2.git.getCommit(baseTree);
        if (!commit) throw unprocessable("base_tree is not a valid tree oid");
      }
      const base = baseTree === void 0 ? void 0 : repo2.git.getTree(baseTree)?.sha ?? repo2.git.getCommit(baseTree).tree;
      const changes = tree.map((entry, index) => {
        if (entry.path === void 0 || entry.path === "") throw validationFailed([{ resource: "Tree", code: "missing_field", field: `tree[${index}].path` }]);
        if (entry.content !== void 0 && entry.sha !== void 0) {
          throw unprocessable("Must supply either tree.sha or tree.content. Request will be rejected if both are present.");
        }
        if (entry.content !== void 0) {
          return { path: entry.path, mode: entry.mode ?? "100644", type: "blob", sha: repo2.git.writeBlob(entry.content).sha };
        }
        if (entry.sha === null || entry.sha === void 0) {
          if (base === void 0) throw unprocessable(`tree.sha is required to delete ${entry.path} without base_tree`);
          return { path: entry.path, sha: null };
        }
        if (!isSha(entry.sha) || entry.type !== "commit" && !repo2.git.get(entry.sha)) {
          throw unprocessable(`tree.sha ${entry.sha} is not a valid ${entry.type ?? "blob"}`);
        }
        return { path: entry.path, sha: entry.sha, ...entry.mode ? { mode: entry.mode } : {}, ...entry.type ? { type: entry.type } : {} };
      });
      const written = repo2.git.applyChanges(base, changes);
      const body = treeResponse(request, repo2, written.sha, false);
      return { status: 201, body, headers: { location: body.url } };
    }
  },
  {
    operationId: "git/get-tree",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const requested = stringParam(request.params, "tree_sha");
      const commitSha = repo2.git.getTree(requested) ? void 0 : request.state.resolveCommitish(repo2, requested);
      const sha = commitSha ? repo2.git.getCommit(commitSha).tree : requested;
      if (!repo2.git.getTree(sha)) throw notFound();
      const recursive = request.query.recursive !== void 0;
      return { status: 200, body: treeResponse(request, repo2, sha, recursive) };
    }
  },
  {
    operationId: "git/create-commit",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      if (!repo2.git.getTree(body.tree)) throw unprocessable("Tree SHA does not exist");
      for (const parent of body.parents ?? []) {
        if (!repo2.git.getCommit(parent)) throw unprocessable("Parent SHA does not exist or is not a commit object");
      }
      const now = request.state.now();
      const fallback = request.state.identity(request.actor);
      const identity2 = (input) => input ? { name: input.name, email: input.email, date: input.date ?? now } : void 0;
      const author = identity2(body.author) ?? fallback;
      const committer = identity2(body.committer) ?? author;
      const commit = repo2.git.writeCommit({ tree: body.tree, parents: body.parents ?? [], author, committer, message: body.message });
      const json = request.views.gitCommit(repo2, commit);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "git/get-commit",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const commit = repo2.git.getCommit(stringParam(request.params, "commit_sha"));
      if (!commit) throw notFound();
      return { status: 200, body: request.views.gitCommit(repo2, commit) };
    }
  }
];

// packages/sandbox/src/routes/issues.ts
function labelNames(labels) {
  return labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((name) => name !== "");
}
function issueFor(request, repo2) {
  return request.state.issue(repo2, intParam(request.params, "issue_number"));
}
function listIssues(request, repo2) {
  const q = request.query;
  const state = typeof q.state === "string" ? q.state : "open";
  const labels = typeof q.labels === "string" && q.labels !== "" ? q.labels.split(",").map((l) => l.trim().toLowerCase()) : [];
  const since = typeof q.since === "string" ? Date.parse(q.since) : void 0;
  const creator = typeof q.creator === "string" ? q.creator.toLowerCase() : void 0;
  const assignee = typeof q.assignee === "string" ? q.assignee.toLowerCase() : void 0;
  const mentioned = typeof q.mentioned === "string" ? q.mentioned.toLowerCase() : void 0;
  const sort = typeof q.sort === "string" ? q.sort : "created";
  const direction = q.direction === "asc" ? 1 : -1;
  const issues = [...repo2.issues.values()].filter((issue2) => {
    if (state !== "all" && issue2.state !== state) return false;
    if (labels.length > 0 && !labels.every((l) => issue2.labels.some((name) => name.toLowerCase() === l))) return false;
    if (since !== void 0 && Date.parse(issue2.updatedAt) < since) return false;
    if (creator !== void 0 && issue2.author.toLowerCase() !== creator) return false;
    if (assignee === "none" && issue2.assignees.length > 0) return false;
    if (assignee === "*" && issue2.assignees.length === 0) return false;
    if (assignee !== void 0 && assignee !== "none" && assignee !== "*" && !issue2.assignees.some((a) => a.toLowerCase() === assignee)) return false;
    if (mentioned !== void 0 && !new RegExp(`@${mentioned}\\b`, "i").test(issue2.body ?? "")) return false;
    return true;
  });
  const key = (issue2) => sort === "updated" ? Date.parse(issue2.updatedAt) : sort === "comments" ? issue2.commentIds.length : Date.parse(issue2.createdAt);
  return issues.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}
var issueRoutes = [
  {
    operationId: "issues/list-for-repo",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, listIssues(request, repo2), (issue2) => request.views.issue(repo2, issue2));
    }
  },
  {
    operationId: "issues/create",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const assignees = [...body.assignees ?? [], ...body.assignee ? [body.assignee] : []];
      const issue2 = request.state.createIssue(repo2, request.actor, {
        title: String(body.title),
        body: body.body,
        labels: labelNames(body.labels ?? []),
        assignees
      });
      const json = request.views.issue(repo2, issue2);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.issue(repo2, issueFor(request, repo2)) };
    }
  },
  {
    operationId: "issues/update",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const assignees = body.assignees ?? (body.assignee === void 0 ? void 0 : body.assignee === null ? [] : [body.assignee]);
      const issue2 = request.state.updateIssue(repo2, request.actor, intParam(request.params, "issue_number"), {
        ...body.title !== void 0 && body.title !== null ? { title: String(body.title) } : {},
        ...body.body !== void 0 ? { body: body.body } : {},
        ...body.state !== void 0 ? { state: body.state } : {},
        ...body.state_reason !== void 0 ? { state_reason: body.state_reason === "duplicate" ? "completed" : body.state_reason } : {},
        ...body.labels !== void 0 ? { labels: labelNames(body.labels) } : {},
        ...assignees !== void 0 ? { assignees } : {}
      });
      return { status: 200, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/list-labels-on-issue",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      return paginate(request, request.state.issueLabels(repo2, issue2), (label) => request.views.label(repo2, label));
    }
  },
  {
    operationId: "issues/add-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { labels = [] } = bodyOf(request);
      const result = request.state.addLabels(repo2, request.actor, intParam(request.params, "issue_number"), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/set-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { labels = [] } = bodyOf(request);
      const result = request.state.setLabels(repo2, request.actor, intParam(request.params, "issue_number"), labelNames(labels));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/remove-all-labels",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      request.state.removeAllLabels(repo2, request.actor, intParam(request.params, "issue_number"));
      return { status: 204 };
    }
  },
  {
    operationId: "issues/remove-label",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const result = request.state.removeLabel(repo2, request.actor, intParam(request.params, "issue_number"), stringParam(request.params, "name"));
      return { status: 200, body: result.map((label) => request.views.label(repo2, label)) };
    }
  },
  {
    operationId: "issues/add-assignees",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { assignees = [] } = bodyOf(request);
      const issue2 = request.state.addAssignees(repo2, request.actor, intParam(request.params, "issue_number"), assignees);
      return { status: 201, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/remove-assignees",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { assignees = [] } = bodyOf(request);
      const issue2 = request.state.removeAssignees(repo2, request.actor, intParam(request.params, "issue_number"), assignees);
      return { status: 200, body: request.views.issue(repo2, issue2) };
    }
  },
  {
    operationId: "issues/check-user-can-be-assigned-to-issue",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      if (!request.state.isAssignable(repo2, stringParam(request.params, "assignee"), issue2)) throw notFound();
      return { status: 204 };
    }
  },
  {
    operationId: "issues/list-events-for-timeline",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const issue2 = issueFor(request, repo2);
      const events = issue2.timeline.map((event) => request.views.timelineEvent(repo2, issue2, event)).filter((json) => json !== void 0);
      return paginate(request, events, (json) => json);
    }
  }
];

// packages/sandbox/src/routes/labels.ts
var labelRoutes = [
  {
    operationId: "issues/list-labels-for-repo",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, repo2.labels, (label) => request.views.label(repo2, label));
    }
  },
  {
    operationId: "issues/create-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const label = request.state.createLabel(repo2, request.actor, { name: body.name, color: body.color, description: body.description });
      const json = request.views.label(repo2, label);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "issues/get-label",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const label = request.state.findLabel(repo2, stringParam(request.params, "name"));
      if (!label) throw notFound();
      return { status: 200, body: request.views.label(repo2, label) };
    }
  },
  {
    operationId: "issues/update-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const label = request.state.updateLabel(repo2, request.actor, stringParam(request.params, "name"), {
        new_name: body.new_name,
        color: body.color,
        description: body.description
      });
      return { status: 200, body: request.views.label(repo2, label) };
    }
  },
  {
    operationId: "issues/delete-label",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      request.state.deleteLabel(repo2, request.actor, stringParam(request.params, "name"));
      return { status: 204 };
    }
  }
];

// packages/sandbox/src/routes/pulls.ts
function pullFor(request, repo2) {
  return request.state.pull(repo2, intParam(request.params, "pull_number"));
}
function listPulls(request, repo2) {
  const q = request.query;
  const state = typeof q.state === "string" ? q.state : "open";
  const head = typeof q.head === "string" ? q.head : void 0;
  const base = typeof q.base === "string" ? q.base : void 0;
  const sort = typeof q.sort === "string" ? q.sort : "created";
  const direction = q.direction === "asc" ? 1 : q.direction === "desc" ? -1 : sort === "created" ? -1 : 1;
  const pulls = [...repo2.issues.values()].filter((i) => i.pull !== null);
  const filtered = pulls.filter((p) => {
    if (state !== "all" && p.state !== state) return false;
    if (base !== void 0 && p.pull.baseRef !== base) return false;
    if (head !== void 0) {
      const [owner, ref] = head.includes(":") ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)] : [repo2.owner, head];
      if (owner.toLowerCase() !== repo2.owner.toLowerCase() || p.pull.headRef !== ref) return false;
    }
    return true;
  });
  const key = (p) => sort === "updated" ? Date.parse(p.updatedAt) : Date.parse(p.createdAt);
  return filtered.sort((a, b) => direction * (key(a) - key(b) || a.number - b.number));
}
var pullRoutes = [
  {
    operationId: "pulls/list",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return paginate(request, listPulls(request, repo2), (pull2) => request.views.pull(repo2, pull2, false));
    }
  },
  {
    operationId: "pulls/create",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      if (request.actor.login === BOT_LOGIN && !repo2.settings.actionsCanCreatePullRequests) {
        throw forbidden("GitHub Actions is not permitted to create or approve pull requests.");
      }
      const pull2 = request.state.createPull(repo2, request.actor, {
        title: body.title ?? "",
        head: body.head,
        base: body.base,
        body: body.body,
        draft: body.draft
      });
      const json = request.views.pull(repo2, pull2, true);
      return { status: 201, body: json, headers: { location: String(json.url) } };
    }
  },
  {
    operationId: "pulls/get",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      return { status: 200, body: request.views.pull(repo2, pullFor(request, repo2), true) };
    }
  },
  {
    operationId: "pulls/update",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const body = bodyOf(request);
      const pull2 = request.state.updatePull(repo2, request.actor, intParam(request.params, "pull_number"), body);
      return { status: 200, body: request.views.pull(repo2, pull2, true) };
    }
  },
  {
    operationId: "pulls/list-files",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const pull2 = pullFor(request, repo2);
      const files = request.state.pullFiles(repo2, pull2);
      return paginate(request, files, (file) => request.views.diffEntry(repo2, file, pull2.pull.headSha));
    }
  },
  {
    operationId: "pulls/check-if-merged",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      if (!pullFor(request, repo2).pull.merged) throw notFound();
      return { status: 204 };
    }
  },
  {
    operationId: "pulls/merge",
    handler: (request) => {
      const repo2 = repoFor(request, "write");
      const body = bodyOf(request);
      const result = request.state.mergePull(repo2, request.actor, intParam(request.params, "pull_number"), body);
      return { status: 200, body: { sha: result.sha, merged: true, message: result.message } };
    }
  },
  {
    operationId: "pulls/list-requested-reviewers",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const pull2 = pullFor(request, repo2);
      return { status: 200, body: { users: pull2.pull.requestedReviewers.map((login) => request.views.user(login)), teams: [] } };
    }
  },
  {
    operationId: "pulls/request-reviewers",
    handler: (request) => {
      const repo2 = repoFor(request, "triage");
      const { reviewers = [] } = bodyOf(request);
      const pull2 = request.state.requestReviewers(repo2, request.actor, intParam(request.params, "pull_number"), reviewers);
      return { status: 201, body: request.views.pull(repo2, pull2, false) };
    }
  }
];

// packages/sandbox/src/routes/repos.ts
var repoRoutes = [
  {
    operationId: "repos/get",
    handler: (request) => ({ status: 200, body: request.views.fullRepository(repoFor(request, "read"), request.actor) })
  },
  {
    operationId: "users/get-authenticated",
    handler: ({ actor, views }) => {
      if (actor.type === "Bot") throw forbidden("Resource not accessible by integration");
      return { status: 200, body: views.fullUser(actor, true) };
    }
  },
  {
    operationId: "users/get-by-username",
    handler: ({ state, views, params }) => {
      const account2 = state.findAccount(stringParam(params, "username"));
      if (!account2) throw notFound();
      return { status: 200, body: views.fullUser(account2, false) };
    }
  },
  {
    operationId: "rate-limit/get",
    handler: ({ state, actor }) => {
      const resources = state.rateLimits.snapshot(actor);
      return { status: 200, body: { resources, rate: resources.core } };
    }
  },
  {
    operationId: "repos/get-collaborator-permission-level",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const account2 = request.state.findAccount(stringParam(request.params, "username"));
      if (!account2 || account2.type === "Organization") throw notFound(`${stringParam(request.params, "username")} is not a user`);
      const role = request.state.permission(repo2, account2.login);
      const legacy = role === "maintain" ? "write" : role === "triage" ? "read" : role;
      const user = { ...request.views.user(account2.login), permissions: request.views.permissions(role), role_name: role };
      return { status: 200, body: { permission: legacy, role_name: role, user } };
    }
  },
  {
    operationId: "repos/get-branch",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const branch = stringParam(request.params, "branch");
      const sha = repo2.git.refs.get(`refs/heads/${branch}`);
      if (!sha) throw notFound("Branch not found");
      const url = `${request.state.urls.api}/repos/${repo2.fullName}/branches/${encodeURIComponent(branch)}`;
      return {
        status: 200,
        body: {
          name: branch,
          commit: request.views.commit(repo2, repo2.git.getCommit(sha)),
          _links: { html: `${request.state.urls.web}/${repo2.fullName}/tree/${branch}`, self: url },
          protected: repo2.settings.protectedBranches.some((p) => p.branch === branch),
          protection: {
            enabled: repo2.settings.protectedBranches.some((p) => p.branch === branch),
            required_status_checks: { enforcement_level: "off", contexts: [], checks: [] }
          },
          protection_url: `${url}/protection`
        }
      };
    }
  },
  {
    operationId: "repos/compare-commits-with-basehead",
    handler: (request) => {
      const repo2 = repoFor(request, "read");
      const basehead = stringParam(request.params, "basehead");
      const separator = basehead.indexOf("...");
      if (separator < 0) throw notFound();
      const strip = (ref) => ref.includes(":") ? ref.slice(ref.indexOf(":") + 1) : ref;
      const base = request.state.resolveCommitish(repo2, strip(basehead.slice(0, separator)));
      const head = request.state.resolveCommitish(repo2, strip(basehead.slice(separator + 3)));
      if (!base || !head) throw notFound();
      const git = repo2.git;
      const mergeBase = git.mergeBase(base, head) ?? base;
      const ahead = git.commitsBetween(mergeBase, head);
      const behind = git.commitsBetween(mergeBase, base);
      const status = ahead.length === 0 && behind.length === 0 ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged";
      const commits = [...ahead].reverse().map((sha) => git.getCommit(sha));
      const files = git.diffTrees(git.getCommit(mergeBase).tree, git.getCommit(head).tree);
      const html = `${request.state.urls.web}/${repo2.fullName}/compare/${basehead}`;
      const page = paginate(request, commits, (c) => request.views.commit(repo2, c));
      return {
        ...page,
        body: {
          url: `${request.state.urls.api}/repos/${repo2.fullName}/compare/${basehead}`,
          html_url: html,
          permalink_url: `${request.state.urls.web}/${repo2.fullName}/compare/${base}...${head}`,
          diff_url: `${html}.diff`,
          patch_url: `${html}.patch`,
          base_commit: request.views.commit(repo2, git.getCommit(base)),
          merge_base_commit: request.views.commit(repo2, git.getCommit(mergeBase)),
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          commits: page.body,
          files: files.map((f) => request.views.diffEntry(repo2, f, head))
        }
      };
    }
  }
];

// packages/sandbox/src/rest.ts
var REST_ROUTES = [
  ...repoRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...labelRoutes,
  ...pullRoutes,
  ...dispatchRoutes,
  ...actionsRoutes
];
function errorBody(status, message, documentationUrl = REST_DOCS_URL, extra = {}) {
  return { message, documentation_url: documentationUrl, status: String(status), ...extra };
}
function articleFor(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describeForGitHub(problem) {
  const segments = problem.pointer.split("/").filter((s) => s !== "");
  if (problem.keyword === "required") return `"${segments[segments.length - 1] ?? ""}" wasn't supplied.`;
  const where = `For 'properties/${segments.join("/")}'`;
  const value = problem.value === void 0 ? "" : `${JSON.stringify(problem.value)} `;
  const typeMatch = /^must be (\w+)$/.exec(problem.message);
  if (problem.keyword === "type" && typeMatch) return `${where}, ${value}is not ${articleFor(typeMatch[1])}.`;
  return `${where}, ${value}${problem.message}.`;
}
function toViolationProblems(problems) {
  return problems.map((p) => ({ pointer: p.pointer, message: p.value === void 0 ? p.message : `${p.message} (got ${JSON.stringify(p.value)})` }));
}
var RestApi = class {
  views;
  #state;
  #violations;
  #routes = /* @__PURE__ */ new Map();
  #router;
  constructor(state, violations) {
    this.#state = state;
    this.#violations = violations;
    this.views = new RestViews(state);
    for (const route of REST_ROUTES) this.#routes.set(route.operationId, route);
    this.#router = openApiCatalog().router([...this.#routes.keys()]);
  }
  /** The served operation for a request, if any. */
  match(method, pathname) {
    const found = this.#router(method, pathname);
    if (!found) return void 0;
    return { operation: openApiCatalog().operation(found.operationId), route: this.#routes.get(found.operationId), rawParams: found.params };
  }
  /**
   * Answers a request that matched no served route: 404 as GitHub does, recording an
   * `unimplemented` violation when GitHub itself serves that route.
   */
  unmatched(method, pathname) {
    const github = openApiCatalog().githubRoute(method, pathname);
    if (github) {
      this.#violations.record({
        direction: "unimplemented",
        protocol: "rest",
        operation: github.operationId,
        method,
        path: pathname,
        problems: [{ pointer: "/", message: `the sandbox does not serve ${method} ${github.template}` }]
      });
    }
    return { status: 404, body: errorBody(404, "Not Found"), violated: github !== void 0 };
  }
  /** Validates, runs and checks one matched request as `actor`. */
  handle(match, input) {
    const { operation } = match;
    const docs = operation.docsUrl ?? REST_DOCS_URL;
    const requestViolation = (problems, status, message) => {
      this.#violations.record({
        direction: "request",
        protocol: "rest",
        operation: operation.operationId,
        method: input.method,
        path: input.url.pathname,
        problems: toViolationProblems(problems)
      });
      const first = problems[0];
      return {
        status,
        body: errorBody(status, message, docs, {
          sandbox: { violation: "request", operationId: operation.operationId, pointer: first?.pointer ?? "/", problems: toViolationProblems(problems) }
        }),
        violated: true
      };
    };
    let body;
    if (input.bodyText.trim() !== "") {
      try {
        body = JSON.parse(input.bodyText);
      } catch {
        return requestViolation([{ pointer: "/", keyword: "json", message: "body is not JSON" }], 400, "Problems parsing JSON");
      }
    }
    const path = operation.checkParameters("path", match.rawParams);
    if (path.problems.length > 0) return requestViolation(path.problems.map((p) => ({ ...p, pointer: `/path${p.pointer}` })), 404, "Not Found");
    const rawQuery = {};
    for (const name of operation.parameterNames("query")) {
      const values = input.url.searchParams.getAll(name);
      if (values.length > 0) rawQuery[name] = operation.isArrayParameter("query", name) ? values : values[values.length - 1];
    }
    const query = operation.checkParameters("query", rawQuery);
    if (query.problems.length > 0) {
      return requestViolation(query.problems.map((p) => ({ ...p, pointer: `/query${p.pointer}` })), 422, `Invalid request.

${describeForGitHub(query.problems[0])}`);
    }
    if (operation.acceptsBody) {
      const problems = operation.checkBody(body);
      if (problems.length > 0) return requestViolation(problems, 422, `Invalid request.

${describeForGitHub(problems[0])}`);
    }
    let answer;
    try {
      answer = match.route.handler({
        state: this.#state,
        views: this.views,
        actor: input.actor,
        operation,
        params: path.values,
        query: query.values,
        body,
        headers: input.headers,
        url: input.url,
        inFlight: input.inFlight
      });
    } catch (error) {
      if (!(error instanceof GitHubError)) return this.#internalError(operation, input, error);
      answer = {
        status: error.status,
        body: errorBody(error.status, error.message, docs, { ...error.errors ? { errors: error.errors } : {}, ...error.extra }),
        headers: { ...error.headers }
      };
    }
    return this.#checkAnswer(operation, input, answer);
  }
  #checkAnswer(operation, input, answer) {
    if (answer.raw) return answer;
    const problems = operation.checkResponse(answer.status, answer.body);
    if (problems.length === 0) return answer;
    const violation = this.#violations.record({
      direction: "response",
      protocol: "rest",
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: toViolationProblems(problems)
    });
    const first = problems[0];
    return {
      status: 500,
      body: errorBody(
        500,
        `Sandbox: the ${answer.status} response of ${operation.operationId} does not match GitHub's OpenAPI description at ${first.pointer}: ${first.message}`,
        REST_DOCS_URL,
        { sandbox: { violation: "response", operationId: operation.operationId, pointer: first.pointer, problems: violation.problems } }
      ),
      violated: true
    };
  }
  #internalError(operation, input, error) {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.#violations.record({
      direction: "internal",
      protocol: "rest",
      operation: operation.operationId,
      method: input.method,
      path: input.url.pathname,
      problems: [{ pointer: "/", message: detail }],
      message: `REST internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`
    });
    return { status: 500, body: errorBody(500, `Sandbox internal error in ${operation.operationId}: ${error instanceof Error ? error.message : String(error)}`), violated: true };
  }
};

// packages/sandbox/src/server.ts
import { randomBytes } from "node:crypto";
var MAX_BODY_BYTES = 100 * 1024 * 1024;
var GRAPHQL_AUTH_DOCS = "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql";
function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error("request body too large"));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}
function tokenOf(request) {
  const header = request.headers.authorization;
  if (!header) return void 0;
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}
function rateHeaders(budget, resource) {
  return {
    "x-ratelimit-limit": String(budget.limit),
    "x-ratelimit-remaining": String(budget.remaining),
    "x-ratelimit-reset": String(budget.reset),
    "x-ratelimit-used": String(budget.used),
    "x-ratelimit-resource": resource
  };
}
function rateLimitRefusal(state, actor, budget, createsContent) {
  if (budget.used > budget.limit) {
    const answer = faultAnswer({ primaryRateLimit: true, retryAfter: Math.max(1, budget.reset - Math.floor(state.clock.nowMs() / 1e3)) }, actor.login);
    return { ...answer, headers: { ...answer.headers, "x-ratelimit-limit": String(budget.limit), "x-ratelimit-used": String(budget.limit), "x-ratelimit-reset": String(budget.reset) } };
  }
  if (createsContent && state.rateLimits.overContentLimit(actor, CONTENT_CREATION_LIMITS)) return faultAnswer({ secondaryRateLimit: true, retryAfter: 60 }, actor.login);
  return void 0;
}
function createRequestListener(parts) {
  return (request, response) => {
    handle(parts, request, response).catch((error) => {
      parts.violations.record({
        direction: "internal",
        protocol: "rest",
        operation: "server",
        method: request.method ?? "GET",
        path: request.url ?? "/",
        problems: [{ pointer: "/", message: error instanceof Error ? error.stack ?? error.message : String(error) }]
      });
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "application/json; charset=utf-8" });
        response.end(JSON.stringify(errorBody(500, "Sandbox internal error")));
      } else response.destroy();
    });
  };
}
async function handle(parts, request, response) {
  const { state, faults, traffic } = parts;
  const method = (request.method ?? "GET").toUpperCase();
  const url = new URL(request.url ?? "/", "http://sandbox.invalid");
  const bodyText2 = (await readBody(request)).toString("utf8");
  const kind = url.pathname === "/graphql" ? "graphql" : "rest";
  const at = state.now();
  const started = performance.now();
  const restMatch = kind === "rest" ? parts.rest.match(method, url.pathname) : void 0;
  const graphqlOperation = kind === "graphql" ? describeGraphqlRequest(bodyText2) : void 0;
  const operation = restMatch?.operation.operationId ?? graphqlOperation?.label;
  const token = tokenOf(request);
  const actor = token ? state.accountByToken(token) : void 0;
  let faultId;
  const finish = (answer2, lost) => {
    traffic.record(
      {
        method,
        path: url.pathname,
        query: url.search,
        status: lost?.lostResponse === "destroy" ? 0 : answer2.status,
        kind,
        operation,
        actor: actor?.login,
        at,
        durationMs: Math.round(performance.now() - started),
        ...faultId === void 0 ? {} : { fault: faultId }
      },
      graphqlOperation?.type
    );
    if (lost?.lostResponse === "destroy") {
      request.socket.destroy();
      return;
    }
    const headers = {
      date: state.clock.now().toUTCString(),
      "x-github-request-id": randomBytes(8).toString("hex").toUpperCase(),
      "x-github-media-type": "github.v3; format=json",
      ...answer2.headers
    };
    let payload;
    if (answer2.raw) {
      headers["content-type"] = answer2.raw.contentType;
      payload = answer2.raw.data;
    } else if (answer2.body !== void 0) {
      headers["content-type"] = "application/json; charset=utf-8";
      payload = Buffer.from(JSON.stringify(answer2.body));
    }
    if (payload) headers["content-length"] = String(payload.length);
    response.sendDate = false;
    response.writeHead(answer2.status, headers);
    response.end(method === "HEAD" ? void 0 : payload);
  };
  if (kind === "rest" && !restMatch) {
    const answer2 = parts.rest.unmatched(method, url.pathname);
    finish({ status: answer2.status, headers: {}, body: answer2.body });
    return;
  }
  if (kind === "graphql" && method !== "POST") {
    finish({ status: 404, headers: {}, body: errorBody(404, "Not Found") });
    return;
  }
  if (token === void 0) {
    const body = kind === "graphql" ? { message: "This endpoint requires you to be authenticated.", documentation_url: GRAPHQL_AUTH_DOCS } : errorBody(401, "Requires authentication", REST_DOCS_URL);
    finish({ status: 401, headers: {}, body });
    return;
  }
  if (!actor) {
    finish({ status: 401, headers: {}, body: errorBody(401, "Bad credentials", REST_DOCS_URL) });
    return;
  }
  const fault = faults.take({ method, path: url.pathname, kind, operation });
  if (fault) faultId = fault.id;
  if (fault?.hold) await fault.hold;
  if (fault && fault.lostResponse === void 0 && !onlyHolds(fault)) {
    const answer2 = faultAnswer(fault, actor.login);
    finish({ status: answer2.status, headers: answer2.headers, body: answer2.body });
    return;
  }
  const budget = state.rateLimits.consume(actor, kind === "graphql" ? "graphql" : "core");
  const limitHeaders = rateHeaders(budget, kind === "graphql" ? "graphql" : "core");
  if (state.platform.enforceRateLimits) {
    const refusal = rateLimitRefusal(state, actor, budget, kind === "graphql" ? graphqlOperation?.type === "mutation" : method !== "GET" && method !== "HEAD");
    if (refusal) {
      finish({ status: refusal.status, headers: { ...limitHeaders, ...refusal.headers }, body: refusal.body });
      return;
    }
  }
  let answer;
  if (kind === "graphql") {
    const result = await parts.graphql.handle(bodyText2, actor);
    answer = { status: result.status, headers: limitHeaders, body: result.body };
  } else {
    const concurrent = fault?.concurrentWrite;
    const inFlight = concurrent ? () => {
      const repo2 = state.repo(`${url.pathname.split("/")[2] ?? ""}/${url.pathname.split("/")[3] ?? ""}`);
      const writer = state.account(concurrent.as ?? BOT_LOGIN);
      const body = bodyText2.trim() ? JSON.parse(bodyText2) : {};
      state.commitFiles(repo2, writer, { branch: body.branch ?? repo2.defaultBranch, message: concurrent.message ?? `Update ${concurrent.path}`, files: [{ path: concurrent.path, content: concurrent.content }] });
    } : void 0;
    const result = parts.rest.handle(restMatch, { method, url, headers: request.headers, bodyText: bodyText2, actor, ...inFlight ? { inFlight } : {} });
    answer = {
      status: result.status,
      headers: { ...limitHeaders, ...result.headers ?? {} },
      ...result.body === void 0 ? {} : { body: result.body },
      ...result.raw ? { raw: result.raw } : {}
    };
  }
  if (fault && typeof fault.lostResponse === "number") {
    const lost = faultAnswer({ status: fault.lostResponse }, actor.login);
    finish({ status: lost.status, headers: lost.headers, body: lost.body });
    return;
  }
  finish(answer, fault);
}

// packages/sandbox/src/ratelimit.ts
var WINDOW_MS = 36e5;
function limitFor(account2, resource) {
  if (resource === "search") return 30;
  if (account2.type === "Bot") return 1e3;
  return 5e3;
}
var RateLimits = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  #windows = /* @__PURE__ */ new Map();
  #window(account2, resource) {
    const key = `${account2.login}\0${resource}`;
    const now = this.clock.nowMs();
    let window = this.#windows.get(key);
    if (!window || now >= window.start + WINDOW_MS || now < window.start) {
      window = { start: now, used: 0 };
      this.#windows.set(key, window);
    }
    return window;
  }
  #budget(account2, resource) {
    const window = this.#window(account2, resource);
    const limit = limitFor(account2, resource);
    return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset: Math.floor((window.start + WINDOW_MS) / 1e3) };
  }
  /** Counts one request (or `cost` points) and returns the budget after it. */
  consume(account2, resource, cost = 1) {
    this.#window(account2, resource).used += cost;
    return this.#budget(account2, resource);
  }
  #writes = /* @__PURE__ */ new Map();
  /**
   * Counts one content-creating request (a REST write or a GraphQL mutation) and tells whether it
   * goes over GitHub's secondary limits: more than `perMinute` in the last minute or `perHour` in
   * the last hour. A refused request is not counted.
   */
  overContentLimit(account2, limits) {
    const now = this.clock.nowMs();
    const times = (this.#writes.get(account2.login) ?? []).filter((t) => t > now - WINDOW_MS && t <= now);
    const lastMinute = times.filter((t) => t > now - 6e4).length;
    this.#writes.set(account2.login, times);
    if (lastMinute >= limits.perMinute || times.length >= limits.perHour) return true;
    times.push(now);
    return false;
  }
  /** Every resource's budget for an account, without counting. */
  snapshot(account2) {
    return { core: this.#budget(account2, "core"), graphql: this.#budget(account2, "graphql"), search: this.#budget(account2, "search") };
  }
};

// packages/sandbox/src/state/accounts.ts
import { randomBytes as randomBytes2 } from "node:crypto";
function addAccount(state, login, options = {}) {
  const key = login.toLowerCase();
  if (state.accounts.has(key)) throw new SandboxUsageError(`account ${login} already exists`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
    throw new SandboxUsageError(`invalid login ${login}: letters, digits and hyphens`);
  }
  const type = options.type ?? "User";
  const id = options.id ?? state.ids.next();
  const prefix = type === "Bot" ? "ghs_" : "ghp_";
  const account2 = {
    id,
    nodeId: nodeId(type === "Bot" ? "BOT" : type === "Organization" ? "O" : "U", id),
    login,
    type,
    name: options.name ?? null,
    email: options.email ?? null,
    createdAt: state.now(),
    token: type === "Organization" ? null : `${prefix}${randomBytes2(18).toString("hex")}`
  };
  state.accounts.set(key, account2);
  return account2;
}
function addBot(state) {
  return state.addAccount(BOT_LOGIN, { type: "Bot", id: BOT_ID });
}
function findAccount(state, login) {
  return state.accounts.get(login.toLowerCase());
}
function account(state, login) {
  const account2 = state.findAccount(login);
  if (!account2) throw new SandboxUsageError(`no account ${login}; add it with addUser()`);
  return account2;
}
function accountByToken(state, token) {
  for (const account2 of state.accounts.values()) if (account2.token === token) return account2;
  return void 0;
}

// packages/sandbox/src/state/notifications.ts
function addTeam(state, fullName, members) {
  const [org, slug, ...rest] = fullName.split("/");
  if (!org || !slug || rest.length > 0) throw new SandboxUsageError(`a team is org/slug, got ${fullName}`);
  if (!state.findAccount(org)) state.addAccount(org, { type: "Organization" });
  const team = { org, slug, members: members.map((login) => state.account(login).login) };
  state.teams.set(fullName.toLowerCase(), team);
  return team;
}
function recordMentions(state, repo2, author, comment2, previousBody) {
  const now = mentionsIn(comment2.body);
  const before = previousBody === void 0 ? { users: [], teams: [] } : mentionsIn(previousBody);
  const users = now.users.filter((u) => !before.users.includes(u) && state.findAccount(u)?.type === "User").map((u) => state.account(u).login);
  const teams = now.teams.filter((t) => !before.teams.includes(t));
  const canRead = (login) => atLeast(state.permission(repo2, login), "read");
  const notified = new Set(users.filter(canRead));
  const unexpanded = [];
  for (const name of teams) {
    const team = state.teams.get(name);
    if (!team) unexpanded.push({ team: name, reason: "no such team" });
    else if (author.type === "Bot" && !author.readsMembers) unexpanded.push({ team: name, reason: `${author.login} cannot read organization members` });
    else for (const member of team.members) if (canRead(member)) notified.add(member);
  }
  notified.delete(author.login);
  const record = {
    repo: repo2.fullName,
    issueNumber: comment2.issueNumber,
    commentId: comment2.id,
    author: author.login,
    users,
    teams,
    notified: [...notified],
    unexpanded
  };
  state.notifications.push(record);
  return record;
}

// packages/sandbox/src/state/comments.ts
function listComments(state, repo2, issue2) {
  return issue2.commentIds.map((id) => repo2.comments.get(id)).filter((c) => c !== void 0);
}
function comment(state, repo2, id) {
  const comment2 = repo2.comments.get(id);
  if (!comment2) throw notFound();
  return comment2;
}
function addComment(state, repo2, actor, number, body) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const issue2 = state.issue(repo2, number);
  if (body.trim() === "") throw validationFailed([{ resource: "IssueComment", code: "missing_field", field: "body" }]);
  requireBodyLength("IssueComment", body);
  if (issue2.locked && !atLeast(state.permission(repo2, actor.login), "write")) {
    throw forbidden("Unable to create comment because issue is locked.");
  }
  const id = state.ids.next();
  const now = state.now();
  const comment2 = {
    id,
    nodeId: nodeId("IC", id),
    issueNumber: number,
    body,
    author: actor.login,
    createdAt: now,
    updatedAt: now,
    lastEditedAt: null,
    reactions: []
  };
  repo2.comments.set(id, comment2);
  issue2.commentIds.push(id);
  issue2.updatedAt = now;
  addTimelineEvent(state, issue2, actor, { event: "commented", commentId: id });
  recordReferences(state, repo2, issue2, actor, body);
  recordMentions(state, repo2, actor, comment2);
  return comment2;
}
function updateComment(state, repo2, actor, id, body) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const comment2 = state.comment(repo2, id);
  requireCommentOwnership(state, repo2, actor, comment2);
  if (body.trim() === "") throw validationFailed([{ resource: "IssueComment", code: "missing_field", field: "body" }]);
  requireBodyLength("IssueComment", body);
  const now = state.now();
  const previous = comment2.body;
  comment2.body = body;
  comment2.updatedAt = now;
  comment2.lastEditedAt = now;
  const issue2 = state.issue(repo2, comment2.issueNumber);
  issue2.updatedAt = now;
  recordReferences(state, repo2, issue2, actor, body);
  recordMentions(state, repo2, actor, comment2, previous);
  return comment2;
}
function deleteComment(state, repo2, actor, id) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const comment2 = state.comment(repo2, id);
  requireCommentOwnership(state, repo2, actor, comment2);
  repo2.comments.delete(id);
  const issue2 = state.issue(repo2, comment2.issueNumber);
  issue2.commentIds = issue2.commentIds.filter((c) => c !== id);
  issue2.timeline = issue2.timeline.filter((e) => !(e.event === "commented" && e.commentId === id));
  issue2.updatedAt = state.now();
}
function requireCommentOwnership(state, repo2, actor, comment2) {
  if (comment2.author.toLowerCase() === actor.login.toLowerCase()) return;
  if (atLeast(state.permission(repo2, actor.login), "write")) return;
  throw actor.type === "Bot" ? forbidden("Resource not accessible by integration") : forbidden("Must have admin rights to Repository.");
}
function addReaction(state, repo2, actor, target, content) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const holder = "commentId" in target ? state.comment(repo2, target.commentId) : state.issue(repo2, target.issueNumber);
  const existing = holder.reactions.find((r) => r.user === actor.login && r.content === content);
  if (existing) return { reaction: existing, created: false };
  const id = state.ids.next();
  const reaction = { id, nodeId: nodeId("REA", id), user: actor.login, content, createdAt: state.now() };
  holder.reactions.push(reaction);
  return { reaction, created: true };
}
function removeReaction(state, repo2, actor, target, content) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const holder = "commentId" in target ? state.comment(repo2, target.commentId) : state.issue(repo2, target.issueNumber);
  const before = holder.reactions.length;
  holder.reactions = holder.reactions.filter((r) => !(r.user === actor.login && r.content === content));
  return holder.reactions.length !== before;
}

// packages/sandbox/src/state/contents.ts
function resolveCommitish(state, repo2, ref) {
  const candidates = ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
  for (const candidate of candidates) {
    const sha = repo2.git.refs.get(candidate);
    if (sha) return sha;
  }
  if (isSha(ref) && repo2.git.getCommit(ref)) return ref;
  return void 0;
}
function readFile3(state, repo2, path, ref) {
  const commitSha = state.resolveCommitish(repo2, ref ?? repo2.defaultBranch);
  if (!commitSha) return void 0;
  const commit = repo2.git.getCommit(commitSha);
  const entry = repo2.git.lookup(commit.tree, path);
  if (!entry || entry.type !== "blob") return void 0;
  const blob = repo2.git.getBlob(entry.sha);
  return { path, sha: blob.sha, content: blob.content, commitSha };
}
function identity(state, account2) {
  return {
    name: account2.type === "User" ? account2.name ?? account2.login : account2.login,
    email: account2.email ?? `${account2.id}+${account2.login}@users.noreply.github.com`,
    date: state.now()
  };
}
function commitFiles(state, repo2, actor, change) {
  state.requireAccess(repo2, actor, "write");
  return writeCommit(state, repo2, actor, change);
}
function writeCommit(state, repo2, actor, change) {
  const refName = `refs/heads/${change.branch}`;
  const head = repo2.git.refs.get(refName);
  if (!head && !change.create) throw notFound(`Branch ${change.branch} not found`);
  if (change.expectedHead !== void 0 && head !== change.expectedHead) {
    throw branchRaceError(change.branch, head ?? "0000000000000000000000000000000000000000", change.expectedHead);
  }
  const baseTree = head ? repo2.git.getCommit(head).tree : void 0;
  const treeChanges = change.files.map(
    (file) => file.content === null ? { path: file.path, sha: null } : { path: file.path, sha: repo2.git.writeBlob(file.content).sha, mode: "100644" }
  );
  const tree = repo2.git.applyChanges(baseTree, treeChanges);
  const author = change.author ?? state.identity(actor);
  const commit = repo2.git.writeCommit({
    tree: tree.sha,
    parents: head ? [head] : [],
    author,
    committer: change.committer ?? author,
    message: change.message
  });
  state.moveBranch(repo2, change.branch, commit.sha);
  return commit;
}
function moveBranch(state, repo2, branch, sha) {
  repo2.git.refs.set(`refs/heads/${branch}`, sha);
  repo2.pushedAt = state.now();
  for (const issue2 of repo2.issues.values()) {
    if (issue2.pull && issue2.state === "open" && issue2.pull.headRef === branch) issue2.pull.headSha = sha;
  }
}
function deleteBranch(state, repo2, actor, branch) {
  state.requireAccess(repo2, actor, "write");
  if (!repo2.git.refs.delete(`refs/heads/${branch}`)) throw new GitHubError(422, "Reference does not exist");
  for (const issue2 of repo2.issues.values()) {
    if (issue2.pull && issue2.state === "open" && issue2.pull.headRef === branch) markClosed(state, issue2, actor, "completed", null);
  }
}

// packages/sandbox/src/state/pulls.ts
function createPull(state, repo2, actor, input) {
  state.requireAccess(repo2, actor, state.participationLevel(actor));
  const headBranch = input.head.includes(":") ? input.head.slice(input.head.indexOf(":") + 1) : input.head;
  const headOwner = input.head.includes(":") ? input.head.slice(0, input.head.indexOf(":")) : repo2.owner;
  if (headOwner.toLowerCase() !== repo2.owner.toLowerCase()) {
    throw validationFailed([{ resource: "PullRequest", code: "invalid", field: "head" }]);
  }
  const headSha = repo2.git.refs.get(`refs/heads/${headBranch}`);
  const baseSha = repo2.git.refs.get(`refs/heads/${input.base}`);
  const errors = [];
  if (!baseSha) errors.push({ resource: "PullRequest", code: "invalid", field: "base" });
  if (!headSha) errors.push({ resource: "PullRequest", code: "invalid", field: "head" });
  if (errors.length > 0) throw validationFailed(errors);
  const existing = [...repo2.issues.values()].find((i) => i.pull && i.state === "open" && i.pull.headRef === headBranch && i.pull.baseRef === input.base);
  if (existing) {
    throw validationFailed([{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repo2.owner}:${headBranch}.` }]);
  }
  if (repo2.git.isAncestor(headSha, baseSha)) {
    throw validationFailed([{ resource: "PullRequest", code: "custom", message: `No commits between ${input.base} and ${headBranch}` }]);
  }
  if (input.title.trim() === "") throw validationFailed([{ resource: "PullRequest", code: "missing_field", field: "title" }]);
  requireTitleLength("PullRequest", input.title);
  requireBodyLength("PullRequest", input.body);
  const issue2 = newIssue(state, repo2, actor, input.title, input.body ?? null);
  const pullId = state.ids.next();
  issue2.pullId = pullId;
  issue2.pullNodeId = nodeId("PR", pullId);
  issue2.pull = {
    headRef: headBranch,
    headSha,
    baseRef: input.base,
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    requestedReviewers: [],
    draft: input.draft ?? false
  };
  recordReferences(state, repo2, issue2, actor, issue2.body ?? "");
  return issue2;
}
function updatePull(state, repo2, actor, number, input) {
  const pull2 = state.pull(repo2, number);
  if (pull2.author.toLowerCase() !== actor.login.toLowerCase()) state.requireAccess(repo2, actor, "write");
  else state.requireAccess(repo2, actor, "read");
  if (input.base !== void 0 && input.base !== pull2.pull.baseRef) {
    if (!repo2.git.refs.has(`refs/heads/${input.base}`)) throw validationFailed([{ resource: "PullRequest", code: "invalid", field: "base" }]);
    pull2.pull.baseRef = input.base;
  }
  if (input.state === "open" && pull2.state === "closed" && !pull2.pull.merged) {
    const duplicate = [...repo2.issues.values()].find((i) => i !== pull2 && i.pull && i.state === "open" && i.pull.headRef === pull2.pull.headRef);
    if (duplicate) {
      throw validationFailed([{ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repo2.owner}:${pull2.pull.headRef}.` }]);
    }
  }
  const { base: _base, ...issueFields } = input;
  return state.updateIssue(repo2, actor, number, issueFields);
}
function requestReviewers(state, repo2, actor, number, reviewers) {
  state.requireAccess(repo2, actor, "triage");
  const pull2 = state.pull(repo2, number);
  if (reviewers.some((login) => login.toLowerCase() === pull2.author.toLowerCase())) {
    throw validationFailed([], "Review cannot be requested from pull request author.");
  }
  const notCollaborators = reviewers.filter((login) => {
    const account2 = state.findAccount(login);
    return !account2 || account2.type !== "User" || !atLeast(state.permission(repo2, account2.login), "read") || !repo2.grants.has(account2.login.toLowerCase());
  });
  if (notCollaborators.length > 0) {
    throw validationFailed(
      [],
      `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo2.fullName} repository.`
    );
  }
  for (const login of reviewers) {
    const canonical = state.account(login).login;
    if (pull2.pull.requestedReviewers.includes(canonical)) continue;
    pull2.pull.requestedReviewers.push(canonical);
    addTimelineEvent(state, pull2, actor, { event: "review_requested", reviewer: canonical });
  }
  pull2.updatedAt = state.now();
  return pull2;
}
function pullFiles(state, repo2, pull2) {
  const baseTip = pull2.pull.merged ? void 0 : repo2.git.refs.get(`refs/heads/${pull2.pull.baseRef}`);
  const head = pull2.pull.headSha;
  const base = baseTip ? repo2.git.mergeBase(baseTip, head) : mergedBase(state, repo2, pull2);
  const baseTree = base ? repo2.git.getCommit(base).tree : repo2.git.emptyTree;
  return repo2.git.diffTrees(baseTree, repo2.git.getCommit(head).tree);
}
function mergedBase(state, repo2, pull2) {
  const mergeCommit = pull2.pull.mergeCommitSha ? repo2.git.getCommit(pull2.pull.mergeCommitSha) : void 0;
  const firstParent = mergeCommit?.parents[0];
  return firstParent ? repo2.git.mergeBase(firstParent, pull2.pull.headSha) : void 0;
}
function mergePull(state, repo2, actor, number, input = {}) {
  state.requireAccess(repo2, actor, "write");
  const pull2 = state.pull(repo2, number);
  if (pull2.state !== "open" || pull2.pull.merged) throw new GitHubError(405, "Pull Request is not mergeable");
  if (input.sha !== void 0 && input.sha !== pull2.pull.headSha) {
    throw conflict("Head branch was modified. Review and try the merge again.");
  }
  const baseRef = `refs/heads/${pull2.pull.baseRef}`;
  const baseTip = repo2.git.refs.get(baseRef);
  if (!baseTip) throw new GitHubError(405, "Base branch was deleted");
  const head = pull2.pull.headSha;
  const method = input.merge_method ?? "merge";
  const tree = mergeTrees(state, repo2, baseTip, head);
  if (tree === void 0) throw new GitHubError(405, "Pull Request is not mergeable");
  const identity2 = state.identity(actor);
  const title = input.commit_title ?? (method === "squash" ? `${pull2.title} (#${pull2.number})` : `Merge pull request #${pull2.number} from ${repo2.owner}/${pull2.pull.headRef}`);
  const message = input.commit_message !== void 0 ? `${title}

${input.commit_message}` : method === "merge" ? `${title}

${pull2.title}` : title;
  let sha;
  if (method === "rebase" && repo2.git.isAncestor(baseTip, head)) sha = head;
  else {
    const parents = method === "merge" ? [baseTip, head] : [baseTip];
    sha = repo2.git.writeCommit({ tree, parents, author: identity2, committer: identity2, message }).sha;
  }
  state.moveBranch(repo2, pull2.pull.baseRef, sha);
  const now = state.now();
  pull2.pull.merged = true;
  pull2.pull.mergedAt = now;
  pull2.pull.mergedBy = actor.login;
  pull2.pull.mergeCommitSha = sha;
  pull2.pull.headSha = head;
  addTimelineEvent(state, pull2, actor, { event: "merged", commitId: sha });
  markClosed(state, pull2, actor, "completed", null);
  if (pull2.pull.baseRef === repo2.defaultBranch) {
    for (const ref of findClosingReferences(pull2.body ?? "", repo2.fullName)) {
      const target = state.findRepo(ref.repo)?.issues.get(ref.number);
      if (target && !target.pull && target.state === "open" && ref.repo.toLowerCase() === repo2.fullName.toLowerCase()) {
        markClosed(state, target, actor, "completed", sha, { repo: repo2.fullName, number: pull2.number });
      }
    }
  }
  return { sha, message: "Pull Request successfully merged" };
}
function mergeTrees(state, repo2, base, head) {
  const git = repo2.git;
  const ancestor = git.mergeBase(base, head);
  const baseTree = git.getCommit(base).tree;
  const headTree = git.getCommit(head).tree;
  if (ancestor === head) return baseTree;
  if (ancestor === base) return headTree;
  const files = (tree) => new Map(git.flatten(tree).map((e) => [e.path, e]));
  const a = ancestor ? files(git.getCommit(ancestor).tree) : /* @__PURE__ */ new Map();
  const ours = files(baseTree);
  const theirs = files(headTree);
  const changes = [];
  for (const path of /* @__PURE__ */ new Set([...ours.keys(), ...theirs.keys(), ...a.keys()])) {
    const o = ours.get(path)?.sha ?? null;
    const t = theirs.get(path)?.sha ?? null;
    const original = a.get(path)?.sha ?? null;
    if (o === t || t === original) continue;
    if (o !== original) return void 0;
    changes.push({ path, sha: t });
  }
  return git.applyChanges(baseTree, changes).sha;
}

// packages/sandbox/src/state/repositories.ts
var DEFAULT_GRANTS = Object.fromEntries(
  STANDARD_USERS.filter((u) => u.role !== "none").map((u) => [u.login, u.role])
);
function addRepo(state, fullName, options = {}) {
  const [owner, name, ...rest] = fullName.split("/");
  if (!owner || !name || rest.length > 0) throw new SandboxUsageError(`repository must be owner/name, got ${fullName}`);
  if (state.repos.has(fullName.toLowerCase())) throw new SandboxUsageError(`repository ${fullName} already exists`);
  const ownerAccount = state.findAccount(owner) ?? state.addAccount(owner, { type: "Organization" });
  const id = state.ids.next();
  const now = state.now();
  const grants = /* @__PURE__ */ new Map();
  for (const [login, role] of Object.entries(options.permissions ?? DEFAULT_GRANTS)) {
    if (state.findAccount(login)) grants.set(login.toLowerCase(), role);
    else if (options.permissions) throw new SandboxUsageError(`no account ${login} to grant ${role} on ${fullName}`);
  }
  if (options.botAccess && options.botAccess !== "none") grants.set(BOT_LOGIN, options.botAccess);
  const repo2 = {
    id,
    nodeId: nodeId("R", id),
    owner: ownerAccount.login,
    name,
    fullName: `${ownerAccount.login}/${name}`,
    private: options.private ?? true,
    description: options.description ?? null,
    defaultBranch: options.defaultBranch ?? "main",
    createdAt: now,
    updatedAt: now,
    pushedAt: now,
    git: new GitStore(),
    labels: [],
    issues: /* @__PURE__ */ new Map(),
    comments: /* @__PURE__ */ new Map(),
    nextNumber: 1,
    grants,
    dispatches: [],
    settings: defaultSettings(options.private ?? true)
  };
  state.repos.set(repo2.fullName.toLowerCase(), repo2);
  const initial = Object.entries(options.files ?? { "README.md": `# ${name}
` }).map(([path, content]) => ({
    path,
    content
  }));
  const ownerIsUser = ownerAccount.type === "User";
  const committer = ownerIsUser ? ownerAccount : state.findAccount("alice") ?? ownerAccount;
  writeCommit(state, repo2, committer, { branch: repo2.defaultBranch, message: "Initial commit", files: initial, create: true });
  return repo2;
}
function findRepo(state, fullName) {
  return state.repos.get(fullName.toLowerCase());
}
function repo(state, fullName) {
  const repo2 = state.findRepo(fullName);
  if (!repo2) throw new SandboxUsageError(`no repository ${fullName}; add it with addRepo()`);
  return repo2;
}
function grant(state, repo2, login, role) {
  const account2 = state.account(login);
  if (role === "none") repo2.grants.delete(account2.login.toLowerCase());
  else repo2.grants.set(account2.login.toLowerCase(), role);
}
function permission(state, repo2, login) {
  const key = login.toLowerCase();
  if (key === repo2.owner.toLowerCase()) return "admin";
  const granted = repo2.grants.get(key);
  if (granted) return granted;
  const account2 = state.findAccount(login);
  if (!repo2.private && account2?.type === "User") return "read";
  if (!repo2.private && account2?.type === "Bot") return "read";
  return "none";
}
function requireAccess(state, repo2, actor, needed) {
  const held = state.permission(repo2, actor.login);
  if (actor.type === "Bot") {
    if (held === "none" && repo2.private) throw notFound();
    if (!atLeast(held, needed)) throw forbidden("Resource not accessible by integration");
    return;
  }
  if (!atLeast(held, "read")) throw notFound();
  if (!atLeast(held, needed)) throw forbidden("Must have admin rights to Repository.");
}
function participationLevel(state, actor) {
  return actor.type === "Bot" ? "write" : "read";
}
function visibleRepo(state, actor, owner, name) {
  const repo2 = state.findRepo(`${owner}/${name}`);
  if (!repo2) throw notFound();
  state.requireAccess(repo2, actor, "read");
  return repo2;
}

// packages/sandbox/src/state.ts
var SandboxState = class {
  clock;
  ids = new IdSequence();
  /** Lower-cased login → account. */
  accounts = /* @__PURE__ */ new Map();
  /** Lower-cased `owner/name` → repository. */
  repos = /* @__PURE__ */ new Map();
  rateLimits;
  /** Lower-cased `org/slug` → team (for @team mentions). */
  teams = /* @__PURE__ */ new Map();
  /** Sandbox-wide switches of GitHub's limits (GITHUB-RULES.md row 12); see {@link PlatformSettings}. */
  platform = { enforceRateLimits: false, graphqlTimeoutNodes: null };
  /** Who each comment notified through its mentions, oldest first (GITHUB-RULES.md row 8). */
  notifications = [];
  urls = { api: "http://127.0.0.1", web: "http://127.0.0.1" };
  constructor(clock = new Clock()) {
    this.clock = clock;
    this.rateLimits = new RateLimits(clock);
  }
  /** Current time as GitHub writes it. */
  now() {
    return this.clock.iso();
  }
  // ---------------------------------------------------------------- accounts (accounts.ts)
  /** Adds a user, bot or organization. Users and bots get a token. */
  addAccount(login, options = {}) {
    return addAccount(this, login, options);
  }
  /** Adds the Actions bot with its real id. */
  addBot() {
    return addBot(this);
  }
  findAccount(login) {
    return findAccount(this, login);
  }
  /** The account with this login; a usage error when there is none (a test bug). */
  account(login) {
    return account(this, login);
  }
  accountByToken(token) {
    return accountByToken(this, token);
  }
  // ---------------------------------------------------------------- repositories (repositories.ts)
  /** Creates a repository with a first commit on its default branch. */
  addRepo(fullName, options = {}) {
    return addRepo(this, fullName, options);
  }
  findRepo(fullName) {
    return findRepo(this, fullName);
  }
  /** The repository; a usage error when there is none (a test bug). */
  repo(fullName) {
    return repo(this, fullName);
  }
  /** Sets `login`'s role on a repository (`none` removes the grant). */
  grant(repo2, login, role) {
    return grant(this, repo2, login, role);
  }
  /** The role `login` holds on a repository, considering ownership and visibility. */
  permission(repo2, login) {
    return permission(this, repo2, login);
  }
  /**
   * Checks that `actor` holds `needed` on the repository, failing as GitHub does: 404 when the
   * actor may not see it, 403 when it may see but not act (worded for the bot's integration
   * token or for a user).
   */
  requireAccess(repo2, actor, needed) {
    return requireAccess(this, repo2, actor, needed);
  }
  /**
   * The role needed to open issues, comment and react. Any reader may as a user; a token's
   * `issues: read` grant does not let the workflow token write anything.
   */
  participationLevel(actor) {
    return participationLevel(this, actor);
  }
  /** Finds a repository by name for `actor`, hiding the ones it may not see (404). */
  visibleRepo(actor, owner, name) {
    return visibleRepo(this, actor, owner, name);
  }
  // ---------------------------------------------------------------- git refs and contents (contents.ts)
  /** Resolves a branch, tag, `heads/x`, `refs/heads/x` or commit sha to a commit sha. */
  resolveCommitish(repo2, ref) {
    return resolveCommitish(this, repo2, ref);
  }
  /** Reads a file at a ref (default branch when omitted); undefined when absent. */
  readFile(repo2, path, ref) {
    return readFile3(this, repo2, path, ref);
  }
  /** The identity git records for an account's API commits. */
  identity(account2) {
    return identity(this, account2);
  }
  /**
   * Commits file changes on a branch as `actor` (write access). With `expectedHead`, fails with
   * 409 when the branch moved (compare-and-swap on the branch). Creates the branch when
   * `create` is set and it does not exist yet (starting from `from` or the default branch).
   */
  commitFiles(repo2, actor, change) {
    return commitFiles(this, repo2, actor, change);
  }
  /** Points a branch at a commit and keeps open pull requests from it in step. */
  moveBranch(repo2, branch, sha) {
    return moveBranch(this, repo2, branch, sha);
  }
  /**
   * Deletes a branch (write access). Open pull requests from it are closed, as GitHub closes them
   * when their head branch goes away.
   */
  deleteBranch(repo2, actor, branch) {
    return deleteBranch(this, repo2, actor, branch);
  }
  // ---------------------------------------------------------------- labels (labels.ts)
  /** A repository label by name, case-insensitively as GitHub matches them. */
  findLabel(repo2, name) {
    return findLabel(this, repo2, name);
  }
  /** Creates a label (write access); 422 `already_exists` for a duplicate name in any case. */
  createLabel(repo2, actor, input) {
    return createLabel(this, repo2, actor, input);
  }
  /** Updates a label (write access); renaming it renames it on every issue. */
  updateLabel(repo2, actor, name, input) {
    return updateLabel(this, repo2, actor, name, input);
  }
  /** Deletes a label from the repository and every issue (write access). */
  deleteLabel(repo2, actor, name) {
    return deleteLabel(this, repo2, actor, name);
  }
  // ---------------------------------------------------------------- issues (issues.ts)
  /** An issue or pull request by number; 404 when absent. */
  issue(repo2, number) {
    return issue(this, repo2, number);
  }
  /** A pull request by number; 404 when absent or an issue. */
  pull(repo2, number) {
    return pull(this, repo2, number);
  }
  /**
   * Users GitHub lets be assigned: members with a role on the repository and, on any repository,
   * the issue's participants (author and commenters). Bots never.
   */
  isAssignable(repo2, login, issue2) {
    return isAssignable(this, repo2, login, issue2);
  }
  /**
   * Opens an issue (read access). As on GitHub, labels and assignees from an author without
   * triage access are silently dropped, unassignable assignees are silently dropped, and unknown
   * labels are created.
   */
  createIssue(repo2, actor, input) {
    return createIssue(this, repo2, actor, input);
  }
  /**
   * Updates an issue. Title, body and state need authorship or triage; labels and assignees need
   * triage and are silently ignored otherwise, as GitHub documents. Invalid assignees fail 422.
   */
  updateIssue(repo2, actor, number, input) {
    return updateIssue(this, repo2, actor, number, input);
  }
  /** Closes an issue (author or triage). */
  closeIssue(repo2, actor, number, reason = "completed") {
    return closeIssue(this, repo2, actor, number, reason);
  }
  /** Reopens an issue (author or triage). */
  reopenIssue(repo2, actor, number) {
    return reopenIssue(this, repo2, actor, number);
  }
  /** Adds labels to an issue (triage), creating unknown ones; returns the issue's labels. */
  addLabels(repo2, actor, number, names) {
    return addLabels(this, repo2, actor, number, names);
  }
  /** Replaces an issue's labels (triage); returns the issue's labels. */
  setLabels(repo2, actor, number, names) {
    return setLabels(this, repo2, actor, number, names);
  }
  /** Removes one label (triage); 404 `Label does not exist` when the issue does not carry it. */
  removeLabel(repo2, actor, number, name) {
    return removeLabel(this, repo2, actor, number, name);
  }
  /** Removes every label from an issue (triage). */
  removeAllLabels(repo2, actor, number) {
    return removeAllLabels(this, repo2, actor, number);
  }
  /** The label objects an issue carries, in the order applied. */
  issueLabels(repo2, issue2) {
    return issueLabels(this, repo2, issue2);
  }
  /** Adds assignees (triage), silently skipping users who cannot be assigned, as GitHub does. */
  addAssignees(repo2, actor, number, logins) {
    return addAssignees(this, repo2, actor, number, logins);
  }
  /** Removes assignees (triage); logins not assigned are ignored. */
  removeAssignees(repo2, actor, number, logins) {
    return removeAssignees(this, repo2, actor, number, logins);
  }
  // ---------------------------------------------------------------- comments (comments.ts)
  /** Comments on an issue (read access), oldest first. */
  listComments(repo2, issue2) {
    return listComments(this, repo2, issue2);
  }
  /** A comment by id; 404 when absent. */
  comment(repo2, id) {
    return comment(this, repo2, id);
  }
  /** Comments on an issue as `actor` (read access); 422 for an empty body. */
  addComment(repo2, actor, number, body) {
    return addComment(this, repo2, actor, number, body);
  }
  /** Edits a comment: its author, or write access and up (maintainers edit others' comments). */
  updateComment(repo2, actor, id, body) {
    return updateComment(this, repo2, actor, id, body);
  }
  /** Deletes a comment: its author, or write access and up. */
  deleteComment(repo2, actor, id) {
    return deleteComment(this, repo2, actor, id);
  }
  /**
   * Reacts to a comment or an issue (read access). Returns the reaction and whether it is new:
   * GitHub answers 201 for a new one and 200 with the existing one for a repeat.
   */
  addReaction(repo2, actor, target, content) {
    return addReaction(this, repo2, actor, target, content);
  }
  /** Removes `actor`'s reaction of this content (read access); returns whether one existed. */
  removeReaction(repo2, actor, target, content) {
    return removeReaction(this, repo2, actor, target, content);
  }
  // ---------------------------------------------------------------- cross references (timeline.ts)
  // ---------------------------------------------------------------- pull requests (pulls.ts)
  /**
   * Opens a pull request from `head` (`branch` or `owner:branch`) into `base`. Fails 422 as GitHub
   * does for an unknown branch, for no commits between them, and when an open pull request from
   * that head already exists.
   */
  createPull(repo2, actor, input) {
    return createPull(this, repo2, actor, input);
  }
  /** Updates a pull request's title, body, state or base (author or write access). */
  updatePull(repo2, actor, number, input) {
    return updatePull(this, repo2, actor, number, input);
  }
  /** Requests reviews (triage). Reviewers must be collaborators and not the author (422). */
  requestReviewers(repo2, actor, number, reviewers) {
    return requestReviewers(this, repo2, actor, number, reviewers);
  }
  /** Files a pull request changes: its head against the merge base with its base. */
  pullFiles(repo2, pull2) {
    return pullFiles(this, repo2, pull2);
  }
  /**
   * Merges a pull request (write access). `merge` makes a merge commit, `squash` one commit,
   * `rebase` fast-forwards when it can. A stale `sha` fails 409 and a closed or conflicting pull
   * request 405, as GitHub does. Issues the body closes (`Fixes #3`) are closed.
   */
  mergePull(repo2, actor, number, input = {}) {
    return mergePull(this, repo2, actor, number, input);
  }
};

// packages/sandbox/src/traffic.ts
function emptyCounters() {
  return { restRead: 0, restWrite: 0, graphqlQuery: 0, graphqlMutation: 0, total: 0, byOperation: {} };
}
var Traffic = class {
  #log = [];
  #counters = emptyCounters();
  #seq = 0;
  /** Records a finished request. */
  record(entry, graphqlOperationType) {
    const record = { ...entry, seq: ++this.#seq };
    this.#log.push(record);
    const c = this.#counters;
    c.total++;
    if (entry.kind === "rest") {
      if (entry.method === "GET" || entry.method === "HEAD") c.restRead++;
      else c.restWrite++;
    } else if (graphqlOperationType === "mutation") c.graphqlMutation++;
    else c.graphqlQuery++;
    if (entry.operation) c.byOperation[entry.operation] = (c.byOperation[entry.operation] ?? 0) + 1;
    return record;
  }
  /** The sequence number of the last request (0 before any). */
  get lastSeq() {
    return this.#seq;
  }
  /** Every request, or those after sequence number `afterSeq`. */
  requests(afterSeq = 0) {
    return this.#log.filter((r) => r.seq > afterSeq);
  }
  /** A copy of the counters. */
  snapshot() {
    return { ...this.#counters, byOperation: { ...this.#counters.byOperation } };
  }
  /** Zeroes the counters (the log is kept). */
  reset() {
    this.#counters = emptyCounters();
  }
};

// packages/sandbox/src/violations.ts
var ViolationLog = class {
  #entries = [];
  /** Records a violation and returns it. */
  record(violation) {
    const first = violation.problems[0];
    const message = violation.message ?? `${violation.protocol.toUpperCase()} ${violation.direction} violation in ${violation.operation}` + (first ? ` at ${first.pointer}: ${first.message}` : "");
    const entry = { ...violation, message };
    this.#entries.push(entry);
    return entry;
  }
  /** Everything recorded so far. */
  get all() {
    return [...this.#entries];
  }
  get length() {
    return this.#entries.length;
  }
  /** Returns and forgets everything recorded (for tests that provoke violations on purpose). */
  take() {
    return this.#entries.splice(0, this.#entries.length);
  }
  clear() {
    this.#entries.length = 0;
  }
  /** Throws one error listing every violation, if any was recorded. */
  assertNone() {
    if (this.#entries.length === 0) return;
    const lines = this.#entries.map((v) => {
      const details = v.problems.slice(0, 5).map((p) => `    ${p.pointer}: ${p.message}`);
      return [`- ${v.message} (${v.method} ${v.path})`, ...details].join("\n");
    });
    throw new SandboxViolationError(`The GitHub sandbox recorded ${this.#entries.length} violation(s):
${lines.join("\n")}`, this.all);
  }
};
var SandboxViolationError = class extends Error {
  constructor(message, violations) {
    super(message);
    this.violations = violations;
  }
  violations;
  name = "SandboxViolationError";
};

// packages/sandbox/src/index.ts
function applySeed(state, seed) {
  for (const user of STANDARD_USERS) state.addAccount(user.login, { name: user.name });
  state.addBot();
  for (const user of seed.users ?? []) {
    if (!state.findAccount(user.login)) state.addAccount(user.login, { name: user.name ?? null, email: user.email ?? null });
  }
  const repos = seed.repos && seed.repos.length > 0 ? seed.repos : DEFAULT_SEED.repos;
  repos.forEach((spec, index) => seedRepo(state, spec, index === 0));
  for (const user of seed.users ?? []) {
    for (const [fullName, role] of Object.entries(user.permissions ?? {})) {
      const repo2 = state.findRepo(fullName);
      if (!repo2) throw new SandboxUsageError(`seed: user ${user.login} has a role on ${fullName}, which the seed does not create`);
      state.grant(repo2, user.login, role);
    }
  }
  for (const app of seed.apps ?? []) addApp(state, app.slug, { ...app.permissions ? { permissions: app.permissions } : {}, readsMembers: app.reads_members ?? false });
  for (const team of seed.teams ?? []) addTeam(state, team.name, team.members ?? []);
  if (seed.platform?.enforce_rate_limits !== void 0) state.platform.enforceRateLimits = seed.platform.enforce_rate_limits;
  if (seed.platform?.graphql_timeout_nodes !== void 0) state.platform.graphqlTimeoutNodes = seed.platform.graphql_timeout_nodes;
  return repos[0].name;
}
function addApp(state, slug, options) {
  const account2 = state.addAccount(`${slug}[bot]`, { type: "Bot" });
  account2.readsMembers = options.readsMembers ?? false;
  for (const [fullName, role] of Object.entries(options.permissions ?? {})) {
    const repo2 = state.findRepo(fullName);
    if (!repo2) throw new SandboxUsageError(`app ${slug} has a role on ${fullName}, which does not exist`);
    state.grant(repo2, account2.login, role);
  }
  return account2;
}
function seedRepo(state, spec, first) {
  const repo2 = state.addRepo(spec.name, {
    private: spec.private ?? true,
    defaultBranch: spec.default_branch ?? "main",
    description: spec.description ?? null,
    ...spec.permissions ? { permissions: spec.permissions } : {},
    botAccess: spec.bot ?? (first ? "write" : "none"),
    ...spec.files ? { files: spec.files } : {}
  });
  const admin = state.account("alice");
  for (const label of spec.labels ?? []) state.createLabel(repo2, admin, label);
  for (const issueSpec of spec.issues ?? []) {
    const author = state.account(issueSpec.author ?? "alice");
    const issue2 = state.createIssue(repo2, author, {
      title: issueSpec.title,
      body: issueSpec.body ?? null,
      labels: issueSpec.labels,
      assignees: issueSpec.assignees
    });
    for (const comment2 of issueSpec.comments ?? []) state.addComment(repo2, state.account(comment2.author ?? "alice"), issue2.number, comment2.body);
    if (issueSpec.state === "closed") state.closeIssue(repo2, author, issue2.number);
  }
  const settings = spec.settings;
  if (settings?.actions_can_create_pull_requests !== void 0) repo2.settings.actionsCanCreatePullRequests = settings.actions_can_create_pull_requests;
  if (settings?.push_protection !== void 0) repo2.settings.pushProtection = settings.push_protection;
  if (settings?.protected_branches) repo2.settings.protectedBranches = settings.protected_branches.map((p) => ({ ...p }));
  if (settings?.workflow_states) repo2.settings.workflowStates = { ...settings.workflow_states };
  for (const pull2 of spec.merged_pulls ?? []) {
    addMergedPull(state, repo2, { title: pull2.title, mergedAt: pull2.merged_at, ...pull2.author ? { author: pull2.author } : {}, ...pull2.body ? { body: pull2.body } : {} });
  }
}
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve(server.address());
    });
  });
}
async function createSandbox(options = {}) {
  const seed = options.seed ? validateSeed(options.seed) : DEFAULT_SEED;
  const clock = new Clock({ ...options.clock, ...seed.clock && options.clock?.start === void 0 ? { start: seed.clock } : {} });
  const state = new SandboxState(clock);
  const violations = new ViolationLog();
  const traffic = new Traffic();
  const faults = new Faults();
  const rest = new RestApi(state, violations);
  const graphql = new GraphqlApi(state, rest.views, violations);
  const server = createServer(createRequestListener({ state, rest, graphql, faults, traffic, violations }));
  server.keepAliveTimeout = 1e3;
  const address = await listen(server, options.port ?? 0);
  const url = `http://127.0.0.1:${address.port}`;
  state.urls = { api: url, web: url };
  const defaultRepo = applySeed(state, seed);
  const repoHandle = (fullName = defaultRepo) => {
    state.repo(fullName);
    return new SandboxRepo(state, state.repo(fullName).fullName);
  };
  const repoModel = (fullName = defaultRepo) => state.repo(fullName);
  const tokenFor = (login) => {
    const token = state.account(login).token;
    if (!token) throw new SandboxUsageError(`${login} is an organization and has no token`);
    return token;
  };
  const json = {
    repository: (fullName) => rest.views.repository(repoModel(fullName)),
    issue: (number, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.issue(repo2, state.issue(repo2, number));
    },
    pullRequest: (number, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.pull(repo2, state.pull(repo2, number), true);
    },
    comment: (id, fullName) => {
      const repo2 = repoModel(fullName);
      return rest.views.comment(repo2, state.comment(repo2, id));
    },
    label: (name, fullName) => {
      const repo2 = repoModel(fullName);
      const label = state.findLabel(repo2, name);
      if (!label) throw new SandboxUsageError(`no label ${name} in ${repo2.fullName}`);
      return rest.views.label(repo2, label);
    },
    user: (login) => rest.views.user(state.account(login).login)
  };
  let closed = false;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    serverUrl: url,
    defaultRepo,
    token: tokenFor("alice"),
    botToken: tokenFor(BOT_LOGIN),
    botLogin: BOT_LOGIN,
    tokenFor,
    clock,
    faults,
    counters: { snapshot: () => traffic.snapshot(), reset: () => traffic.reset() },
    get requests() {
      return traffic.requests();
    },
    get lastRequestSeq() {
      return traffic.lastSeq;
    },
    requestsSince: (seq) => traffic.requests(seq),
    violations,
    assertNoViolations: () => violations.assertNone(),
    state,
    json,
    repo: repoHandle,
    addUser(login, userOptions = {}) {
      const account2 = state.addAccount(login, { name: userOptions.name ?? null, email: userOptions.email ?? null });
      for (const [fullName, role] of Object.entries(userOptions.permissions ?? {})) state.grant(state.repo(fullName), login, role);
      return account2;
    },
    addRepo(fullName, repoOptions = {}) {
      state.addRepo(fullName, repoOptions);
      return repoHandle(fullName);
    },
    addApp: (slug, appOptions = {}) => addApp(state, slug, appOptions),
    addTeam(fullName, members) {
      addTeam(state, fullName, members);
    },
    get notifications() {
      return state.notifications;
    },
    async close(closeOptions = {}) {
      if (!closed) {
        closed = true;
        await new Promise((resolve, reject) => {
          server.close((error) => error ? reject(error) : resolve());
          server.closeAllConnections();
        });
      }
      if (!closeOptions.ignoreViolations) violations.assertNone();
    }
  };
}

export {
  readSeedFile,
  createSandbox
};
