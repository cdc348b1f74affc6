// Generated from schemas/*.schema.json by scripts/schema-validators.mjs: do not edit by hand.
/* eslint-disable */
import * as runtime0Module from "ajv/dist/runtime/ucs2length.js";
const runtime0 = runtime0Module.default?.__esModule ? runtime0Module.default.default : runtime0Module.default;
import * as runtime1Module from "ajv/dist/runtime/equal.js";
const runtime1 = runtime1Module.default?.__esModule ? runtime1Module.default.default : runtime1Module.default;
import { fullFormats as runtime2 } from "ajv-formats/dist/formats.js";
export const config = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/config.schema.json","title":"sitrep configuration","description":"sitrep's configuration, .github/sitrep.yml. Every key is optional; unknown keys are an error.","type":"object","additionalProperties":false,"$defs":{"duration":{"type":"string","pattern":"^[1-9][0-9]*[mhd]$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 2h, 1d."},"repo":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"A repository as owner/repo."},"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"The name of an environment variable, e.g. SITREP_SLACK_URL."},"mention":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$","description":"A user (@alice) or a team (@acme/incident-coordinators)."},"severity":{"type":"object","additionalProperties":false,"description":"One severity level.","properties":{"description":{"type":"string","description":"What this level means; shown in the issue form and on the card."},"update_every":{"$ref":"#/$defs/duration","description":"How often a status update is due while the incident is open."},"escalate_after":{"$ref":"#/$defs/duration","description":"How late an update may be before the coordinators team is pinged."},"min_responders":{"type":"integer","minimum":1,"maximum":3,"description":"2 or more: needs a coordinator who is not the operations engineer."},"postmortem":{"enum":["required","optional","none"],"description":"Whether resolving opens a postmortem pull request (required), only on /inc postmortem (optional), or never (none)."}}}},"properties":{"label":{"type":"string","minLength":1,"description":"The label that marks incident issues. Default: incident."},"command":{"type":"string","pattern":"^/\\S+$","description":"The comment prefix for commands. Default: /inc."},"paths":{"type":"object","additionalProperties":false,"description":"Where sitrep keeps its files in this repository.","properties":{"incidents":{"type":"string","minLength":1,"pattern":"^[^/].*[^/]$|^[^/]$","description":"Folder of incident files. Default: incidents."},"postmortems":{"type":"string","minLength":1,"pattern":"^[^/].*[^/]$|^[^/]$","description":"Folder of postmortem files. Default: postmortems."}}},"commands":{"type":"object","additionalProperties":false,"description":"Who may run commands.","properties":{"min_permission":{"enum":["read","triage","write","maintain","admin"],"description":"The least repository permission a commenter needs. Default: triage."}}},"severities":{"type":"object","minProperties":1,"description":"Severity levels, most severe first. Replaces the defaults (P1, P2, P3) when given; a level given without some keys takes them from the default of the same name, else from the least severe default.","propertyNames":{"pattern":"^[A-Za-z0-9_-]{1,20}$","description":"A severity name: up to 20 letters, digits, _ or -, e.g. P1 or SEV-1."},"additionalProperties":{"$ref":"#/$defs/severity"}},"status_cadence":{"type":"object","additionalProperties":false,"description":"Overrides update_every while the incident is in a status.","properties":{"triage":{"$ref":"#/$defs/duration","description":"Cadence in triage. Default: 15m."},"investigating":{"$ref":"#/$defs/duration","description":"Cadence while investigating."},"fixing":{"$ref":"#/$defs/duration","description":"Cadence while fixing."},"monitoring":{"$ref":"#/$defs/duration","description":"Cadence while monitoring. Default: 1d."}}},"monitoring":{"type":"object","additionalProperties":false,"description":"The monitoring phase.","properties":{"window":{"$ref":"#/$defs/duration","description":"After this long in monitoring, the coordinator is asked to resolve. Default: 48h."}}},"postmortem":{"type":"object","additionalProperties":false,"description":"Postmortems.","properties":{"due_after":{"$ref":"#/$defs/duration","description":"How long after resolving the postmortem pull request is due. Default: 3d."},"reviewers_from_roles":{"type":"boolean","description":"Request review of the postmortem from the role holders. Default: true."}}},"bots":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$"},"description":"Logins whose status cards, markers and replies sitrep treats as its own, besides the token it runs with: the other identities it writes with, e.g. [\"github-actions[bot]\", \"sitrep-app[bot]\"] when the follow-ups job uses a GitHub App token. Comments by anyone else never carry a trusted marker."},"escalation":{"type":"object","additionalProperties":false,"description":"Who is pinged when an incident is understaffed or its updates are late.","properties":{"coordinators":{"type":"array","items":{"$ref":"#/$defs/mention"},"description":"Users or teams pinged to staff incidents and on late updates, e.g. [\"@acme/incident-coordinators\"]."},"customers":{"type":"object","description":"Escalation matrix: customer name → contacts (a list, shown on declaration), or → { contacts, notify } to also name the notify channels that carry the customer's incidents.","additionalProperties":{"type":["array","object"],"description":"A list of contacts, or { contacts: [...], notify: [channel names] }.","items":{"type":"string","minLength":1},"additionalProperties":false,"properties":{"contacts":{"type":"array","items":{"type":"string","minLength":1},"description":"Contacts shown on declaration: logins, teams, email addresses or @domain. An email from one of these addresses (or domains) names the customer."},"notify":{"type":"array","items":{"type":"string","minLength":1},"description":"Names of notify channels that carry this customer's incidents (public updates only)."}}}}}},"followups":{"type":"object","additionalProperties":false,"description":"Where follow-up issues from postmortem action items go.","properties":{"default_repo":{"anyOf":[{"$ref":"#/$defs/repo"},{"type":"null"}],"description":"owner/repo for items with no repo: and no route; null = the incident repository."},"routes":{"type":"object","additionalProperties":{"$ref":"#/$defs/repo"},"description":"Service name → owner/repo that owns its follow-ups."},"labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Labels put on every follow-up issue. Default: [incident-followup]."}}},"alerts":{"type":"object","additionalProperties":false,"description":"How alerts (sitrep relay → repository_dispatch sitrep-alert) declare incidents.","properties":{"status":{"enum":["triage","investigating"],"description":"The status an alert declares in. Default: triage."},"severity_label":{"type":"string","minLength":1,"description":"The alert label read for the severity. Default: severity."},"severities":{"type":"object","additionalProperties":{"type":"string","minLength":1},"description":"Alert label value → severity name. Default: { critical: P1, error: P1, warning: P2, info: P3 }."},"default_severity":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"The severity when the label is missing or unmapped; null = the most severe, as \"Not sure\" does."},"service_label":{"anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}],"description":"The alert label(s) read for services; falls back to job. Default: service."},"reopen_within":{"$ref":"#/$defs/duration","description":"A firing alert this soon after its incident resolved reopens it instead of declaring a new one. Default: 1h."}}},"notify":{"type":"array","description":"Chat and webhook channels that get one message per incident change.","items":{"type":"object","additionalProperties":false,"required":["name","type","url_env"],"properties":{"name":{"type":"string","minLength":1,"description":"The channel's name, shown in summaries and errors (never its URL)."},"type":{"enum":["slack","teams","discord","webhook","email"],"description":"slack (Block Kit, incoming webhook), teams (Adaptive Card, Workflows webhook), discord (embed), webhook (signed JSON) or email (SMTP; needs from and to)."},"url_env":{"$ref":"#/$defs/env","description":"The environment variable holding the webhook URL, or for email the smtp:// or smtps:// URL with its credentials (a secret; never in the repository)."},"from":{"type":"string","minLength":3,"pattern":"@","description":"email only: the sender, e.g. \"Acme status <status@acme.example>\"."},"to":{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","minLength":3,"pattern":"@"},"description":"email only: the recipients' addresses."},"customers":{"type":"array","items":{"type":"string","minLength":1},"description":"Only incidents naming one of these customers; such a channel (or one an escalation.customers entry names in notify) gets only the public updates, through the status page's projection, and ignores events."},"secret_env":{"anyOf":[{"$ref":"#/$defs/env"},{"type":"null"}],"description":"webhook only: the environment variable holding the HMAC-SHA256 key for X-Sitrep-Signature-256."},"events":{"type":"array","items":{"enum":["declared","status","update","severity","role","escalation","resolved","closed","note","reminder","alert","public","followup","cause","postmortem","email"]},"description":"Which changes to send. Default: [declared, status, update, severity, role, escalation, resolved, closed]."},"severities":{"type":"array","items":{"type":"string","minLength":1},"description":"Only incidents of these severities; [] = all."},"types":{"type":"array","items":{"enum":["incident","security"]},"description":"Only incidents of these types. Default: [incident]; a security incident goes only to channels that list security."}}}},"email":{"type":"object","additionalProperties":false,"description":"Email intake (sitrep relay POST /email → repository_dispatch sitrep-email).","properties":{"from_domains":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},"description":"Only senders at these domains (or their subdomains) may declare by email; [] = anyone."}}},"status_page":{"type":"object","additionalProperties":false,"description":"The public status page, built from published incidents only.","properties":{"title":{"type":"string","minLength":1,"description":"The page's title. Default: Status."},"url":{"anyOf":[{"type":"string","pattern":"^https?://"},{"type":"null"}],"description":"The page's public base URL, for the feed and canonical links."},"components":{"type":"array","items":{"type":"string","minLength":1},"description":"The services shown; [] = every service of a published incident."},"history":{"$ref":"#/$defs/duration","description":"How far back the availability bars reach. Default: 90d."}}},"slack":{"type":["object","null"],"additionalProperties":false,"description":"The two-way Slack app (SPEC 4.12): a channel per incident, /inc and the Declare incident shortcut in Slack, pinned messages in the Log. null (the default) = off.","properties":{"token_env":{"$ref":"#/$defs/env","description":"The environment variable holding the app's bot token (a secret). Default: SITREP_SLACK_TOKEN."},"channel_prefix":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,19}$","description":"What incident channels' names start with: lowercase letters, digits, - and _, at most 20 characters. Default: inc (inc-42-checkout-api-returns-502)."},"announce":{"anyOf":[{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$"},{"type":"null"}],"description":"A channel id (C… or G…) where every declaration is announced; null = none."},"private_types":{"type":"array","items":{"enum":["incident","security"]},"uniqueItems":true,"description":"Incident types that get a private channel: incident, security. Default: [security]."},"archive":{"enum":["closed","never"],"description":"closed (archive the channel when the incident is closed) or never. Default: closed."},"timeline":{"type":"array","items":{"type":"string","minLength":1,"maxLength":100},"uniqueItems":true,"description":"What joins the Log: pins (pinned messages) and reaction emoji, e.g. [pins, \"📌\"] or [pins, pushpin]. Default: [pins, \"📌\"]."}}},"changes":{"type":"object","additionalProperties":false,"description":"Suspect changes: pull requests merged in the impact window.","properties":{"window_before":{"$ref":"#/$defs/duration","description":"How long before impact start a merged change is a suspect. Default: 2h."},"repos":{"type":"object","additionalProperties":{"$ref":"#/$defs/repo"},"description":"Service name → owner/repo whose merged pull requests count."}}},"paging":{"type":"array","description":"Pagers that wake the on-call engineer (SPEC 4.11).","items":{"type":"object","additionalProperties":false,"required":["name","type","key_env"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$","description":"The pager's name, shown in the Log, summaries and the card; /inc escalate <name> pages it."},"type":{"enum":["pagerduty","opsgenie","grafana-oncall","webhook"],"description":"pagerduty (Events API v2), opsgenie (alert API; also Jira Service Management), grafana-oncall (formatted webhook) or webhook (signed JSON)."},"key_env":{"$ref":"#/$defs/env","description":"The environment variable holding the secret: the PagerDuty routing key, the Opsgenie API key, or the Grafana OnCall / webhook URL."},"secret_env":{"anyOf":[{"$ref":"#/$defs/env"},{"type":"null"}],"description":"webhook only: the environment variable holding the HMAC-SHA256 key for X-Sitrep-Signature-256."},"region":{"enum":["us","eu"],"description":"opsgenie only: the account's region. Default: us."},"on":{"type":"array","items":{"enum":["declared","raised","escalated","missed"]},"description":"When sitrep pages. Default: [declared, raised, escalated, missed]."},"severities":{"type":"array","items":{"type":"string","minLength":1},"description":"Only incidents of these severities; [] = all. Default: [] ."},"services":{"type":"array","items":{"type":"string","minLength":1},"description":"Only incidents with one of these services; [] = all."},"severity_map":{"type":"object","additionalProperties":{"enum":["critical","error","warning","info"]},"description":"Severity name → the pager's severity. Default: P1 critical, P2 error, P3 warning, others info."}}}},"services":{"type":"object","description":"The service catalog (SPEC 4.13): service name → who owns it and where it lives.","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$","description":"A service name: letters, digits, _, . or -."},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string","description":"What the service does."},"owners":{"type":"array","items":{"$ref":"#/$defs/mention"},"description":"GitHub teams or users: told on declaration, postmortem reviewers."},"repo":{"$ref":"#/$defs/repo","description":"owner/repo for follow-ups and suspect changes."},"component":{"type":"string","minLength":1,"description":"The status page component."},"pager":{"type":"string","minLength":1,"description":"The name of a paging entry that pages for this service."},"pager_key_env":{"anyOf":[{"$ref":"#/$defs/env"},{"type":"null"}],"description":"The environment variable holding this service's own routing key; wins over the pager's."},"slack_channel":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"A Slack channel told about this service's incidents."}}}},"people":{"type":"object","description":"GitHub login → the same person elsewhere (SPEC 4.13).","propertyNames":{"pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$","description":"A GitHub login."},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"slack":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"The Slack user id, e.g. U012ABCDEF."},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$","description":"The email address."},"pager":{"type":"string","minLength":1,"description":"The pager's user id, e.g. PagerDuty's PLH1HKV."}}}},"catalog":{"anyOf":[{"type":"string","minLength":1,"pattern":"^[^/]"},{"type":"null"}],"description":"A folder (in this repository) of Backstage catalog-info.yaml files read as services."}}};
const schema33 = {"type":"string","pattern":"^[1-9][0-9]*[mhd]$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 2h, 1d."};
const schema41 = {"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$","description":"A user (@alice) or a team (@acme/incident-coordinators)."};
const schema42 = {"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"A repository as owner/repo."};
const schema45 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"The name of an environment variable, e.g. SITREP_SLACK_URL."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0;
const func0 = runtime1;
const pattern4 = new RegExp("^/\\S+$", "u");
const pattern5 = new RegExp("^[^/].*[^/]$|^[^/]$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9_-]{1,20}$", "u");
const pattern8 = new RegExp("^[1-9][0-9]*[mhd]$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$", "u");
const pattern17 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$", "u");
const pattern18 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern21 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern22 = new RegExp("@", "u");
const pattern25 = new RegExp("^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", "u");
const pattern26 = new RegExp("^https?://", "u");
const pattern29 = new RegExp("^[a-z0-9][a-z0-9_-]{0,19}$", "u");
const pattern30 = new RegExp("^[CG][A-Z0-9]{2,}$", "u");
const pattern33 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$", "u");
const pattern36 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$", "u");
const pattern40 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
const pattern41 = new RegExp("^[UW][A-Z0-9]{2,}$", "u");
const pattern42 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
const pattern43 = new RegExp("^[^/]", "u");
const schema32 = {"type":"object","additionalProperties":false,"description":"One severity level.","properties":{"description":{"type":"string","description":"What this level means; shown in the issue form and on the card."},"update_every":{"$ref":"#/$defs/duration","description":"How often a status update is due while the incident is open."},"escalate_after":{"$ref":"#/$defs/duration","description":"How late an update may be before the coordinators team is pinged."},"min_responders":{"type":"integer","minimum":1,"maximum":3,"description":"2 or more: needs a coordinator who is not the operations engineer."},"postmortem":{"enum":["required","optional","none"],"description":"Whether resolving opens a postmortem pull request (required), only on /inc postmortem (optional), or never (none)."}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "update_every")) || (key0 === "escalate_after")) || (key0 === "min_responders")) || (key0 === "postmortem"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.description.type,parentSchema:schema32.properties.description,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.update_every !== undefined){
let data1 = data.update_every;
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
const err2 = {instancePath:instancePath+"/update_every",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/update_every",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.escalate_after !== undefined){
let data2 = data.escalate_after;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err4 = {instancePath:instancePath+"/escalate_after",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/escalate_after",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.min_responders !== undefined){
let data3 = data.min_responders;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/min_responders",schemaPath:"#/properties/min_responders/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.min_responders.type,parentSchema:schema32.properties.min_responders,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 3 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/min_responders",schemaPath:"#/properties/min_responders/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3},message:"must be <= 3",schema:3,parentSchema:schema32.properties.min_responders,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/min_responders",schemaPath:"#/properties/min_responders/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32.properties.min_responders,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.postmortem !== undefined){
let data4 = data.postmortem;
if(!(((data4 === "required") || (data4 === "optional")) || (data4 === "none"))){
const err9 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/enum",keyword:"enum",params:{allowedValues: schema32.properties.postmortem.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.postmortem.enum,parentSchema:schema32.properties.postmortem,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.label !== undefined){
let data0 = data.label;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.label,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.label.type,parentSchema:schema31.properties.label,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.command !== undefined){
let data1 = data.command;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err3 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/pattern",keyword:"pattern",params:{pattern: "^/\\S+$"},message:"must match pattern \""+"^/\\S+$"+"\"",schema:"^/\\S+$",parentSchema:schema31.properties.command,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.command.type,parentSchema:schema31.properties.command,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.paths !== undefined){
let data2 = data.paths;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "incidents") || (key1 === "postmortems"))){
const err5 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.paths,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.incidents !== undefined){
let data3 = data2.incidents;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err6 = {instancePath:instancePath+"/paths/incidents",schemaPath:"#/properties/paths/properties/incidents/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.paths.properties.incidents,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data3)){
const err7 = {instancePath:instancePath+"/paths/incidents",schemaPath:"#/properties/paths/properties/incidents/pattern",keyword:"pattern",params:{pattern: "^[^/].*[^/]$|^[^/]$"},message:"must match pattern \""+"^[^/].*[^/]$|^[^/]$"+"\"",schema:"^[^/].*[^/]$|^[^/]$",parentSchema:schema31.properties.paths.properties.incidents,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/paths/incidents",schemaPath:"#/properties/paths/properties/incidents/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.paths.properties.incidents.type,parentSchema:schema31.properties.paths.properties.incidents,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.postmortems !== undefined){
let data4 = data2.postmortems;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err9 = {instancePath:instancePath+"/paths/postmortems",schemaPath:"#/properties/paths/properties/postmortems/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.paths.properties.postmortems,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern5.test(data4)){
const err10 = {instancePath:instancePath+"/paths/postmortems",schemaPath:"#/properties/paths/properties/postmortems/pattern",keyword:"pattern",params:{pattern: "^[^/].*[^/]$|^[^/]$"},message:"must match pattern \""+"^[^/].*[^/]$|^[^/]$"+"\"",schema:"^[^/].*[^/]$|^[^/]$",parentSchema:schema31.properties.paths.properties.postmortems,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/paths/postmortems",schemaPath:"#/properties/paths/properties/postmortems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.paths.properties.postmortems.type,parentSchema:schema31.properties.paths.properties.postmortems,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.paths.type,parentSchema:schema31.properties.paths,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.commands !== undefined){
let data5 = data.commands;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(key2 === "min_permission")){
const err13 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.commands,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.min_permission !== undefined){
let data6 = data5.min_permission;
if(!(((((data6 === "read") || (data6 === "triage")) || (data6 === "write")) || (data6 === "maintain")) || (data6 === "admin"))){
const err14 = {instancePath:instancePath+"/commands/min_permission",schemaPath:"#/properties/commands/properties/min_permission/enum",keyword:"enum",params:{allowedValues: schema31.properties.commands.properties.min_permission.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.commands.properties.min_permission.enum,parentSchema:schema31.properties.commands.properties.min_permission,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/commands",schemaPath:"#/properties/commands/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.commands.type,parentSchema:schema31.properties.commands,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.severities !== undefined){
let data7 = data.severities;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(Object.keys(data7).length < 1){
const err16 = {instancePath:instancePath+"/severities",schemaPath:"#/properties/severities/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.severities,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data7){
const _errs19 = errors;
if(typeof key3 === "string"){
if(!pattern7.test(key3)){
const err17 = {instancePath:instancePath+"/severities",schemaPath:"#/properties/severities/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,20}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,20}$"+"\"",schema:"^[A-Za-z0-9_-]{1,20}$",parentSchema:schema31.properties.severities.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid3 = _errs19 === errors;
if(!valid3){
const err18 = {instancePath:instancePath+"/severities",schemaPath:"#/properties/severities/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema31.properties.severities.propertyNames,parentSchema:schema31.properties.severities,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key4 in data7){
if(!(validate21(data7[key4], {instancePath:instancePath+"/severities/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data7,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/severities",schemaPath:"#/properties/severities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.severities.type,parentSchema:schema31.properties.severities,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.status_cadence !== undefined){
let data9 = data.status_cadence;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key5 in data9){
if(!((((key5 === "triage") || (key5 === "investigating")) || (key5 === "fixing")) || (key5 === "monitoring"))){
const err20 = {instancePath:instancePath+"/status_cadence",schemaPath:"#/properties/status_cadence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.status_cadence,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.triage !== undefined){
let data10 = data9.triage;
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err21 = {instancePath:instancePath+"/status_cadence/triage",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/status_cadence/triage",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.investigating !== undefined){
let data11 = data9.investigating;
if(typeof data11 === "string"){
if(!pattern8.test(data11)){
const err23 = {instancePath:instancePath+"/status_cadence/investigating",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/status_cadence/investigating",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.fixing !== undefined){
let data12 = data9.fixing;
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err25 = {instancePath:instancePath+"/status_cadence/fixing",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/status_cadence/fixing",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.monitoring !== undefined){
let data13 = data9.monitoring;
if(typeof data13 === "string"){
if(!pattern8.test(data13)){
const err27 = {instancePath:instancePath+"/status_cadence/monitoring",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/status_cadence/monitoring",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/status_cadence",schemaPath:"#/properties/status_cadence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.status_cadence.type,parentSchema:schema31.properties.status_cadence,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.monitoring !== undefined){
let data14 = data.monitoring;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key6 in data14){
if(!(key6 === "window")){
const err30 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.monitoring,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data14.window !== undefined){
let data15 = data14.window;
if(typeof data15 === "string"){
if(!pattern8.test(data15)){
const err31 = {instancePath:instancePath+"/monitoring/window",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/monitoring/window",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.monitoring.type,parentSchema:schema31.properties.monitoring,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.postmortem !== undefined){
let data16 = data.postmortem;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key7 in data16){
if(!((key7 === "due_after") || (key7 === "reviewers_from_roles"))){
const err34 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.postmortem,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.due_after !== undefined){
let data17 = data16.due_after;
if(typeof data17 === "string"){
if(!pattern8.test(data17)){
const err35 = {instancePath:instancePath+"/postmortem/due_after",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/postmortem/due_after",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data17};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.reviewers_from_roles !== undefined){
let data18 = data16.reviewers_from_roles;
if(typeof data18 !== "boolean"){
const err37 = {instancePath:instancePath+"/postmortem/reviewers_from_roles",schemaPath:"#/properties/postmortem/properties/reviewers_from_roles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.postmortem.properties.reviewers_from_roles.type,parentSchema:schema31.properties.postmortem.properties.reviewers_from_roles,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.postmortem.type,parentSchema:schema31.properties.postmortem,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.bots !== undefined){
let data19 = data.bots;
if(Array.isArray(data19)){
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
if(typeof data20 === "string"){
if(!pattern16.test(data20)){
const err39 = {instancePath:instancePath+"/bots/" + i0,schemaPath:"#/properties/bots/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$",parentSchema:schema31.properties.bots.items,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/bots/" + i0,schemaPath:"#/properties/bots/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.bots.items.type,parentSchema:schema31.properties.bots.items,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/bots",schemaPath:"#/properties/bots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.bots.type,parentSchema:schema31.properties.bots,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.escalation !== undefined){
let data21 = data.escalation;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key8 in data21){
if(!((key8 === "coordinators") || (key8 === "customers"))){
const err42 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.escalation,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.coordinators !== undefined){
let data22 = data21.coordinators;
if(Array.isArray(data22)){
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
if(typeof data23 === "string"){
if(!pattern17.test(data23)){
const err43 = {instancePath:instancePath+"/escalation/coordinators/" + i1,schemaPath:"#/$defs/mention/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$",parentSchema:schema41,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/escalation/coordinators/" + i1,schemaPath:"#/$defs/mention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/escalation/coordinators",schemaPath:"#/properties/escalation/properties/coordinators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.escalation.properties.coordinators.type,parentSchema:schema31.properties.escalation.properties.coordinators,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.customers !== undefined){
let data24 = data21.customers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key9 in data24){
let data25 = data24[key9];
if(!data25 || typeof data25 != "object"){
const err46 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/escalation/properties/customers/additionalProperties/type",keyword:"type",params:{type: schema31.properties.escalation.properties.customers.additionalProperties.type},message:"must be array,object",schema:schema31.properties.escalation.properties.customers.additionalProperties.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err47 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.items,data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.escalation.properties.customers.additionalProperties.items.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.items,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key10 in data25){
if(!((key10 === "contacts") || (key10 === "notify"))){
const err49 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/escalation/properties/customers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.contacts !== undefined){
let data27 = data25.contacts;
if(Array.isArray(data27)){
const len3 = data27.length;
for(let i3=0; i3<len3; i3++){
let data28 = data27[i3];
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err50 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/contacts/" + i3,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/contacts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.contacts.items,data:data28};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/contacts/" + i3,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/contacts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.escalation.properties.customers.additionalProperties.properties.contacts.items.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.contacts.items,data:data28};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/contacts",schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/contacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.escalation.properties.customers.additionalProperties.properties.contacts.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.contacts,data:data27};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.notify !== undefined){
let data29 = data25.notify;
if(Array.isArray(data29)){
const len4 = data29.length;
for(let i4=0; i4<len4; i4++){
let data30 = data29[i4];
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err53 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/notify/" + i4,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/notify/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.notify.items,data:data30};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/notify/" + i4,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/notify/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.escalation.properties.customers.additionalProperties.properties.notify.items.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.notify.items,data:data30};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/notify",schemaPath:"#/properties/escalation/properties/customers/additionalProperties/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.escalation.properties.customers.additionalProperties.properties.notify.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.properties.notify,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
}
else {
const err56 = {instancePath:instancePath+"/escalation/customers",schemaPath:"#/properties/escalation/properties/customers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.escalation.properties.customers.type,parentSchema:schema31.properties.escalation.properties.customers,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.escalation.type,parentSchema:schema31.properties.escalation,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.followups !== undefined){
let data31 = data.followups;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key11 in data31){
if(!(((key11 === "default_repo") || (key11 === "routes")) || (key11 === "labels"))){
const err58 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.followups,data:data31};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data31.default_repo !== undefined){
let data32 = data31.default_repo;
const _errs83 = errors;
let valid29 = false;
const _errs84 = errors;
if(typeof data32 === "string"){
if(!pattern18.test(data32)){
const err59 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data32};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs84 === errors;
valid29 = valid29 || _valid0;
const _errs87 = errors;
if(data32 !== null){
const err61 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/properties/followups/properties/default_repo/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.followups.properties.default_repo.anyOf[1].type,parentSchema:schema31.properties.followups.properties.default_repo.anyOf[1],data:data32};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid0 = _errs87 === errors;
valid29 = valid29 || _valid0;
if(!valid29){
const err62 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/properties/followups/properties/default_repo/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.followups.properties.default_repo.anyOf,parentSchema:schema31.properties.followups.properties.default_repo,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs83;
if(vErrors !== null){
if(_errs83){
vErrors.length = _errs83;
}
else {
vErrors = null;
}
}
}
}
if(data31.routes !== undefined){
let data33 = data31.routes;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key12 in data33){
let data34 = data33[key12];
if(typeof data34 === "string"){
if(!pattern18.test(data34)){
const err63 = {instancePath:instancePath+"/followups/routes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data34};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/followups/routes/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/followups/routes",schemaPath:"#/properties/followups/properties/routes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.followups.properties.routes.type,parentSchema:schema31.properties.followups.properties.routes,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data31.labels !== undefined){
let data35 = data31.labels;
if(Array.isArray(data35)){
const len5 = data35.length;
for(let i5=0; i5<len5; i5++){
let data36 = data35[i5];
if(typeof data36 === "string"){
if(func2(data36) < 1){
const err66 = {instancePath:instancePath+"/followups/labels/" + i5,schemaPath:"#/properties/followups/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.followups.properties.labels.items,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/followups/labels/" + i5,schemaPath:"#/properties/followups/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.followups.properties.labels.items.type,parentSchema:schema31.properties.followups.properties.labels.items,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/followups/labels",schemaPath:"#/properties/followups/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.followups.properties.labels.type,parentSchema:schema31.properties.followups.properties.labels,data:data35};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.followups.type,parentSchema:schema31.properties.followups,data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.alerts !== undefined){
let data37 = data.alerts;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key13 in data37){
if(!((((((key13 === "status") || (key13 === "severity_label")) || (key13 === "severities")) || (key13 === "default_severity")) || (key13 === "service_label")) || (key13 === "reopen_within"))){
const err70 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.alerts,data:data37};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data37.status !== undefined){
let data38 = data37.status;
if(!((data38 === "triage") || (data38 === "investigating"))){
const err71 = {instancePath:instancePath+"/alerts/status",schemaPath:"#/properties/alerts/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.alerts.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.alerts.properties.status.enum,parentSchema:schema31.properties.alerts.properties.status,data:data38};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data37.severity_label !== undefined){
let data39 = data37.severity_label;
if(typeof data39 === "string"){
if(func2(data39) < 1){
const err72 = {instancePath:instancePath+"/alerts/severity_label",schemaPath:"#/properties/alerts/properties/severity_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.severity_label,data:data39};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/alerts/severity_label",schemaPath:"#/properties/alerts/properties/severity_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.severity_label.type,parentSchema:schema31.properties.alerts.properties.severity_label,data:data39};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data37.severities !== undefined){
let data40 = data37.severities;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key14 in data40){
let data41 = data40[key14];
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err74 = {instancePath:instancePath+"/alerts/severities/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alerts/properties/severities/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.severities.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/alerts/severities/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alerts/properties/severities/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.severities.additionalProperties.type,parentSchema:schema31.properties.alerts.properties.severities.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/alerts/severities",schemaPath:"#/properties/alerts/properties/severities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.alerts.properties.severities.type,parentSchema:schema31.properties.alerts.properties.severities,data:data40};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data37.default_severity !== undefined){
let data42 = data37.default_severity;
const _errs111 = errors;
let valid37 = false;
const _errs112 = errors;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err77 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.default_severity.anyOf[0].type,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid1 = _errs112 === errors;
valid37 = valid37 || _valid1;
const _errs114 = errors;
if(data42 !== null){
const err79 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.alerts.properties.default_severity.anyOf[1].type,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid1 = _errs114 === errors;
valid37 = valid37 || _valid1;
if(!valid37){
const err80 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.alerts.properties.default_severity.anyOf,parentSchema:schema31.properties.alerts.properties.default_severity,data:data42};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
if(data37.service_label !== undefined){
let data43 = data37.service_label;
const _errs117 = errors;
let valid38 = false;
const _errs118 = errors;
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err81 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.service_label.anyOf[0].type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid2 = _errs118 === errors;
valid38 = valid38 || _valid2;
const _errs120 = errors;
if(Array.isArray(data43)){
if(data43.length < 1){
const err83 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
const len6 = data43.length;
for(let i6=0; i6<len6; i6++){
let data44 = data43[i6];
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err84 = {instancePath:instancePath+"/alerts/service_label/" + i6,schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1].items,data:data44};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/alerts/service_label/" + i6,schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.service_label.anyOf[1].items.type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1].items,data:data44};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.alerts.properties.service_label.anyOf[1].type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid2 = _errs120 === errors;
valid38 = valid38 || _valid2;
if(!valid38){
const err87 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.alerts.properties.service_label.anyOf,parentSchema:schema31.properties.alerts.properties.service_label,data:data43};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
}
}
if(data37.reopen_within !== undefined){
let data45 = data37.reopen_within;
if(typeof data45 === "string"){
if(!pattern8.test(data45)){
const err88 = {instancePath:instancePath+"/alerts/reopen_within",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data45};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/alerts/reopen_within",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data45};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.alerts.type,parentSchema:schema31.properties.alerts,data:data37};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data.notify !== undefined){
let data46 = data.notify;
if(Array.isArray(data46)){
const len7 = data46.length;
for(let i7=0; i7<len7; i7++){
let data47 = data46[i7];
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.name === undefined){
const err91 = {instancePath:instancePath+"/notify/" + i7,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data47.type === undefined){
const err92 = {instancePath:instancePath+"/notify/" + i7,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data47.url_env === undefined){
const err93 = {instancePath:instancePath+"/notify/" + i7,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "url_env"},message:"must have required property '"+"url_env"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key15 in data47){
if(!(func1.call(schema31.properties.notify.items.properties, key15))){
const err94 = {instancePath:instancePath+"/notify/" + i7,schemaPath:"#/properties/notify/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.notify.items,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data47.name !== undefined){
let data48 = data47.name;
if(typeof data48 === "string"){
if(func2(data48) < 1){
const err95 = {instancePath:instancePath+"/notify/" + i7+"/name",schemaPath:"#/properties/notify/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.notify.items.properties.name,data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/notify/" + i7+"/name",schemaPath:"#/properties/notify/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.name.type,parentSchema:schema31.properties.notify.items.properties.name,data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data47.type !== undefined){
let data49 = data47.type;
if(!(((((data49 === "slack") || (data49 === "teams")) || (data49 === "discord")) || (data49 === "webhook")) || (data49 === "email"))){
const err97 = {instancePath:instancePath+"/notify/" + i7+"/type",schemaPath:"#/properties/notify/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.type.enum,parentSchema:schema31.properties.notify.items.properties.type,data:data49};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data47.url_env !== undefined){
let data50 = data47.url_env;
if(typeof data50 === "string"){
if(!pattern21.test(data50)){
const err98 = {instancePath:instancePath+"/notify/" + i7+"/url_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data50};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/notify/" + i7+"/url_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data47.from !== undefined){
let data51 = data47.from;
if(typeof data51 === "string"){
if(func2(data51) < 3){
const err100 = {instancePath:instancePath+"/notify/" + i7+"/from",schemaPath:"#/properties/notify/items/properties/from/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.notify.items.properties.from,data:data51};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(!pattern22.test(data51)){
const err101 = {instancePath:instancePath+"/notify/" + i7+"/from",schemaPath:"#/properties/notify/items/properties/from/pattern",keyword:"pattern",params:{pattern: "@"},message:"must match pattern \""+"@"+"\"",schema:"@",parentSchema:schema31.properties.notify.items.properties.from,data:data51};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/notify/" + i7+"/from",schemaPath:"#/properties/notify/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.from.type,parentSchema:schema31.properties.notify.items.properties.from,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data47.to !== undefined){
let data52 = data47.to;
if(Array.isArray(data52)){
if(data52.length > 50){
const err103 = {instancePath:instancePath+"/notify/" + i7+"/to",schemaPath:"#/properties/notify/items/properties/to/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema31.properties.notify.items.properties.to,data:data52};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data52.length < 1){
const err104 = {instancePath:instancePath+"/notify/" + i7+"/to",schemaPath:"#/properties/notify/items/properties/to/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.notify.items.properties.to,data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
const len8 = data52.length;
for(let i8=0; i8<len8; i8++){
let data53 = data52[i8];
if(typeof data53 === "string"){
if(func2(data53) < 3){
const err105 = {instancePath:instancePath+"/notify/" + i7+"/to/" + i8,schemaPath:"#/properties/notify/items/properties/to/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema31.properties.notify.items.properties.to.items,data:data53};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!pattern22.test(data53)){
const err106 = {instancePath:instancePath+"/notify/" + i7+"/to/" + i8,schemaPath:"#/properties/notify/items/properties/to/items/pattern",keyword:"pattern",params:{pattern: "@"},message:"must match pattern \""+"@"+"\"",schema:"@",parentSchema:schema31.properties.notify.items.properties.to.items,data:data53};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/notify/" + i7+"/to/" + i8,schemaPath:"#/properties/notify/items/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.to.items.type,parentSchema:schema31.properties.notify.items.properties.to.items,data:data53};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/notify/" + i7+"/to",schemaPath:"#/properties/notify/items/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.to.type,parentSchema:schema31.properties.notify.items.properties.to,data:data52};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data47.customers !== undefined){
let data54 = data47.customers;
if(Array.isArray(data54)){
const len9 = data54.length;
for(let i9=0; i9<len9; i9++){
let data55 = data54[i9];
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err109 = {instancePath:instancePath+"/notify/" + i7+"/customers/" + i9,schemaPath:"#/properties/notify/items/properties/customers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.notify.items.properties.customers.items,data:data55};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/notify/" + i7+"/customers/" + i9,schemaPath:"#/properties/notify/items/properties/customers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.customers.items.type,parentSchema:schema31.properties.notify.items.properties.customers.items,data:data55};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/notify/" + i7+"/customers",schemaPath:"#/properties/notify/items/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.customers.type,parentSchema:schema31.properties.notify.items.properties.customers,data:data54};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data47.secret_env !== undefined){
let data56 = data47.secret_env;
const _errs149 = errors;
let valid50 = false;
const _errs150 = errors;
if(typeof data56 === "string"){
if(!pattern21.test(data56)){
const err112 = {instancePath:instancePath+"/notify/" + i7+"/secret_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data56};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/notify/" + i7+"/secret_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data56};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid3 = _errs150 === errors;
valid50 = valid50 || _valid3;
const _errs153 = errors;
if(data56 !== null){
const err114 = {instancePath:instancePath+"/notify/" + i7+"/secret_env",schemaPath:"#/properties/notify/items/properties/secret_env/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.notify.items.properties.secret_env.anyOf[1].type,parentSchema:schema31.properties.notify.items.properties.secret_env.anyOf[1],data:data56};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid3 = _errs153 === errors;
valid50 = valid50 || _valid3;
if(!valid50){
const err115 = {instancePath:instancePath+"/notify/" + i7+"/secret_env",schemaPath:"#/properties/notify/items/properties/secret_env/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.notify.items.properties.secret_env.anyOf,parentSchema:schema31.properties.notify.items.properties.secret_env,data:data56};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
else {
errors = _errs149;
if(vErrors !== null){
if(_errs149){
vErrors.length = _errs149;
}
else {
vErrors = null;
}
}
}
}
if(data47.events !== undefined){
let data57 = data47.events;
if(Array.isArray(data57)){
const len10 = data57.length;
for(let i10=0; i10<len10; i10++){
let data58 = data57[i10];
if(!((((((((((((((((data58 === "declared") || (data58 === "status")) || (data58 === "update")) || (data58 === "severity")) || (data58 === "role")) || (data58 === "escalation")) || (data58 === "resolved")) || (data58 === "closed")) || (data58 === "note")) || (data58 === "reminder")) || (data58 === "alert")) || (data58 === "public")) || (data58 === "followup")) || (data58 === "cause")) || (data58 === "postmortem")) || (data58 === "email"))){
const err116 = {instancePath:instancePath+"/notify/" + i7+"/events/" + i10,schemaPath:"#/properties/notify/items/properties/events/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.events.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.events.items.enum,parentSchema:schema31.properties.notify.items.properties.events.items,data:data58};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/notify/" + i7+"/events",schemaPath:"#/properties/notify/items/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.events.type,parentSchema:schema31.properties.notify.items.properties.events,data:data57};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data47.severities !== undefined){
let data59 = data47.severities;
if(Array.isArray(data59)){
const len11 = data59.length;
for(let i11=0; i11<len11; i11++){
let data60 = data59[i11];
if(typeof data60 === "string"){
if(func2(data60) < 1){
const err118 = {instancePath:instancePath+"/notify/" + i7+"/severities/" + i11,schemaPath:"#/properties/notify/items/properties/severities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.notify.items.properties.severities.items,data:data60};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/notify/" + i7+"/severities/" + i11,schemaPath:"#/properties/notify/items/properties/severities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.severities.items.type,parentSchema:schema31.properties.notify.items.properties.severities.items,data:data60};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/notify/" + i7+"/severities",schemaPath:"#/properties/notify/items/properties/severities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.severities.type,parentSchema:schema31.properties.notify.items.properties.severities,data:data59};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data47.types !== undefined){
let data61 = data47.types;
if(Array.isArray(data61)){
const len12 = data61.length;
for(let i12=0; i12<len12; i12++){
let data62 = data61[i12];
if(!((data62 === "incident") || (data62 === "security"))){
const err121 = {instancePath:instancePath+"/notify/" + i7+"/types/" + i12,schemaPath:"#/properties/notify/items/properties/types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.types.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.types.items.enum,parentSchema:schema31.properties.notify.items.properties.types.items,data:data62};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/notify/" + i7+"/types",schemaPath:"#/properties/notify/items/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.types.type,parentSchema:schema31.properties.notify.items.properties.types,data:data61};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/notify/" + i7,schemaPath:"#/properties/notify/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.notify.items.type,parentSchema:schema31.properties.notify.items,data:data47};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.type,parentSchema:schema31.properties.notify,data:data46};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.email !== undefined){
let data63 = data.email;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
for(const key16 in data63){
if(!(key16 === "from_domains")){
const err125 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.email,data:data63};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data63.from_domains !== undefined){
let data64 = data63.from_domains;
if(Array.isArray(data64)){
const len13 = data64.length;
for(let i13=0; i13<len13; i13++){
let data65 = data64[i13];
if(typeof data65 === "string"){
if(!pattern25.test(data65)){
const err126 = {instancePath:instancePath+"/email/from_domains/" + i13,schemaPath:"#/properties/email/properties/from_domains/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"+"\"",schema:"^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",parentSchema:schema31.properties.email.properties.from_domains.items,data:data65};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/email/from_domains/" + i13,schemaPath:"#/properties/email/properties/from_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.email.properties.from_domains.items.type,parentSchema:schema31.properties.email.properties.from_domains.items,data:data65};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/email/from_domains",schemaPath:"#/properties/email/properties/from_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.email.properties.from_domains.type,parentSchema:schema31.properties.email.properties.from_domains,data:data64};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.email.type,parentSchema:schema31.properties.email,data:data63};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.status_page !== undefined){
let data66 = data.status_page;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
for(const key17 in data66){
if(!((((key17 === "title") || (key17 === "url")) || (key17 === "components")) || (key17 === "history"))){
const err130 = {instancePath:instancePath+"/status_page",schemaPath:"#/properties/status_page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.status_page,data:data66};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data66.title !== undefined){
let data67 = data66.title;
if(typeof data67 === "string"){
if(func2(data67) < 1){
const err131 = {instancePath:instancePath+"/status_page/title",schemaPath:"#/properties/status_page/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.status_page.properties.title,data:data67};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/status_page/title",schemaPath:"#/properties/status_page/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.title.type,parentSchema:schema31.properties.status_page.properties.title,data:data67};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data66.url !== undefined){
let data68 = data66.url;
const _errs178 = errors;
let valid62 = false;
const _errs179 = errors;
if(typeof data68 === "string"){
if(!pattern26.test(data68)){
const err133 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.status_page.properties.url.anyOf[0],data:data68};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.url.anyOf[0].type,parentSchema:schema31.properties.status_page.properties.url.anyOf[0],data:data68};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid4 = _errs179 === errors;
valid62 = valid62 || _valid4;
const _errs181 = errors;
if(data68 !== null){
const err135 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.status_page.properties.url.anyOf[1].type,parentSchema:schema31.properties.status_page.properties.url.anyOf[1],data:data68};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid4 = _errs181 === errors;
valid62 = valid62 || _valid4;
if(!valid62){
const err136 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.status_page.properties.url.anyOf,parentSchema:schema31.properties.status_page.properties.url,data:data68};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
}
if(data66.components !== undefined){
let data69 = data66.components;
if(Array.isArray(data69)){
const len14 = data69.length;
for(let i14=0; i14<len14; i14++){
let data70 = data69[i14];
if(typeof data70 === "string"){
if(func2(data70) < 1){
const err137 = {instancePath:instancePath+"/status_page/components/" + i14,schemaPath:"#/properties/status_page/properties/components/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.status_page.properties.components.items,data:data70};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/status_page/components/" + i14,schemaPath:"#/properties/status_page/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.components.items.type,parentSchema:schema31.properties.status_page.properties.components.items,data:data70};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/status_page/components",schemaPath:"#/properties/status_page/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.status_page.properties.components.type,parentSchema:schema31.properties.status_page.properties.components,data:data69};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data66.history !== undefined){
let data71 = data66.history;
if(typeof data71 === "string"){
if(!pattern8.test(data71)){
const err140 = {instancePath:instancePath+"/status_page/history",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data71};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/status_page/history",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data71};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/status_page",schemaPath:"#/properties/status_page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.status_page.type,parentSchema:schema31.properties.status_page,data:data66};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data.slack !== undefined){
let data72 = data.slack;
if((!(data72 && typeof data72 == "object" && !Array.isArray(data72))) && (data72 !== null)){
const err143 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: schema31.properties.slack.type},message:"must be object,null",schema:schema31.properties.slack.type,parentSchema:schema31.properties.slack,data:data72};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key18 in data72){
if(!((((((key18 === "token_env") || (key18 === "channel_prefix")) || (key18 === "announce")) || (key18 === "private_types")) || (key18 === "archive")) || (key18 === "timeline"))){
const err144 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.slack,data:data72};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data72.token_env !== undefined){
let data73 = data72.token_env;
if(typeof data73 === "string"){
if(!pattern21.test(data73)){
const err145 = {instancePath:instancePath+"/slack/token_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data73};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/slack/token_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data73};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data72.channel_prefix !== undefined){
let data74 = data72.channel_prefix;
if(typeof data74 === "string"){
if(!pattern29.test(data74)){
const err147 = {instancePath:instancePath+"/slack/channel_prefix",schemaPath:"#/properties/slack/properties/channel_prefix/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]{0,19}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]{0,19}$"+"\"",schema:"^[a-z0-9][a-z0-9_-]{0,19}$",parentSchema:schema31.properties.slack.properties.channel_prefix,data:data74};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/slack/channel_prefix",schemaPath:"#/properties/slack/properties/channel_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.slack.properties.channel_prefix.type,parentSchema:schema31.properties.slack.properties.channel_prefix,data:data74};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data72.announce !== undefined){
let data75 = data72.announce;
const _errs199 = errors;
let valid68 = false;
const _errs200 = errors;
if(typeof data75 === "string"){
if(!pattern30.test(data75)){
const err149 = {instancePath:instancePath+"/slack/announce",schemaPath:"#/properties/slack/properties/announce/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[CG][A-Z0-9]{2,}$"+"\"",schema:"^[CG][A-Z0-9]{2,}$",parentSchema:schema31.properties.slack.properties.announce.anyOf[0],data:data75};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/slack/announce",schemaPath:"#/properties/slack/properties/announce/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.slack.properties.announce.anyOf[0].type,parentSchema:schema31.properties.slack.properties.announce.anyOf[0],data:data75};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid5 = _errs200 === errors;
valid68 = valid68 || _valid5;
const _errs202 = errors;
if(data75 !== null){
const err151 = {instancePath:instancePath+"/slack/announce",schemaPath:"#/properties/slack/properties/announce/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.slack.properties.announce.anyOf[1].type,parentSchema:schema31.properties.slack.properties.announce.anyOf[1],data:data75};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
var _valid5 = _errs202 === errors;
valid68 = valid68 || _valid5;
if(!valid68){
const err152 = {instancePath:instancePath+"/slack/announce",schemaPath:"#/properties/slack/properties/announce/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.slack.properties.announce.anyOf,parentSchema:schema31.properties.slack.properties.announce,data:data75};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
errors = _errs199;
if(vErrors !== null){
if(_errs199){
vErrors.length = _errs199;
}
else {
vErrors = null;
}
}
}
}
if(data72.private_types !== undefined){
let data76 = data72.private_types;
if(Array.isArray(data76)){
const len15 = data76.length;
for(let i15=0; i15<len15; i15++){
let data77 = data76[i15];
if(!((data77 === "incident") || (data77 === "security"))){
const err153 = {instancePath:instancePath+"/slack/private_types/" + i15,schemaPath:"#/properties/slack/properties/private_types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.slack.properties.private_types.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.slack.properties.private_types.items.enum,parentSchema:schema31.properties.slack.properties.private_types.items,data:data77};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
let i16 = data76.length;
let j0;
if(i16 > 1){
outer0:
for(;i16--;){
for(j0 = i16; j0--;){
if(func0(data76[i16], data76[j0])){
const err154 = {instancePath:instancePath+"/slack/private_types",schemaPath:"#/properties/slack/properties/private_types/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i16+" are identical)",schema:true,parentSchema:schema31.properties.slack.properties.private_types,data:data76};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err155 = {instancePath:instancePath+"/slack/private_types",schemaPath:"#/properties/slack/properties/private_types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.slack.properties.private_types.type,parentSchema:schema31.properties.slack.properties.private_types,data:data76};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data72.archive !== undefined){
let data78 = data72.archive;
if(!((data78 === "closed") || (data78 === "never"))){
const err156 = {instancePath:instancePath+"/slack/archive",schemaPath:"#/properties/slack/properties/archive/enum",keyword:"enum",params:{allowedValues: schema31.properties.slack.properties.archive.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.slack.properties.archive.enum,parentSchema:schema31.properties.slack.properties.archive,data:data78};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data72.timeline !== undefined){
let data79 = data72.timeline;
if(Array.isArray(data79)){
const len16 = data79.length;
for(let i17=0; i17<len16; i17++){
let data80 = data79[i17];
if(typeof data80 === "string"){
if(func2(data80) > 100){
const err157 = {instancePath:instancePath+"/slack/timeline/" + i17,schemaPath:"#/properties/slack/properties/timeline/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.slack.properties.timeline.items,data:data80};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(func2(data80) < 1){
const err158 = {instancePath:instancePath+"/slack/timeline/" + i17,schemaPath:"#/properties/slack/properties/timeline/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.slack.properties.timeline.items,data:data80};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/slack/timeline/" + i17,schemaPath:"#/properties/slack/properties/timeline/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.slack.properties.timeline.items.type,parentSchema:schema31.properties.slack.properties.timeline.items,data:data80};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
let i18 = data79.length;
let j1;
if(i18 > 1){
const indices0 = {};
for(;i18--;){
let item0 = data79[i18];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err160 = {instancePath:instancePath+"/slack/timeline",schemaPath:"#/properties/slack/properties/timeline/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i18+" are identical)",schema:true,parentSchema:schema31.properties.slack.properties.timeline,data:data79};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
break;
}
indices0[item0] = i18;
}
}
}
else {
const err161 = {instancePath:instancePath+"/slack/timeline",schemaPath:"#/properties/slack/properties/timeline/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.slack.properties.timeline.type,parentSchema:schema31.properties.slack.properties.timeline,data:data79};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
}
if(data.changes !== undefined){
let data81 = data.changes;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key19 in data81){
if(!((key19 === "window_before") || (key19 === "repos"))){
const err162 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.changes,data:data81};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data81.window_before !== undefined){
let data82 = data81.window_before;
if(typeof data82 === "string"){
if(!pattern8.test(data82)){
const err163 = {instancePath:instancePath+"/changes/window_before",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data82};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/changes/window_before",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data82};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data81.repos !== undefined){
let data83 = data81.repos;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key20 in data83){
let data84 = data83[key20];
if(typeof data84 === "string"){
if(!pattern18.test(data84)){
const err165 = {instancePath:instancePath+"/changes/repos/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data84};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/changes/repos/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data84};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/changes/repos",schemaPath:"#/properties/changes/properties/repos/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.changes.properties.repos.type,parentSchema:schema31.properties.changes.properties.repos,data:data83};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.changes.type,parentSchema:schema31.properties.changes,data:data81};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data.paging !== undefined){
let data85 = data.paging;
if(Array.isArray(data85)){
const len17 = data85.length;
for(let i19=0; i19<len17; i19++){
let data86 = data85[i19];
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.name === undefined){
const err169 = {instancePath:instancePath+"/paging/" + i19,schemaPath:"#/properties/paging/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.paging.items.required,parentSchema:schema31.properties.paging.items,data:data86};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data86.type === undefined){
const err170 = {instancePath:instancePath+"/paging/" + i19,schemaPath:"#/properties/paging/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.paging.items.required,parentSchema:schema31.properties.paging.items,data:data86};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data86.key_env === undefined){
const err171 = {instancePath:instancePath+"/paging/" + i19,schemaPath:"#/properties/paging/items/required",keyword:"required",params:{missingProperty: "key_env"},message:"must have required property '"+"key_env"+"'",schema:schema31.properties.paging.items.required,parentSchema:schema31.properties.paging.items,data:data86};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
for(const key21 in data86){
if(!(func1.call(schema31.properties.paging.items.properties, key21))){
const err172 = {instancePath:instancePath+"/paging/" + i19,schemaPath:"#/properties/paging/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.paging.items,data:data86};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data86.name !== undefined){
let data87 = data86.name;
if(typeof data87 === "string"){
if(!pattern33.test(data87)){
const err173 = {instancePath:instancePath+"/paging/" + i19+"/name",schemaPath:"#/properties/paging/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$",parentSchema:schema31.properties.paging.items.properties.name,data:data87};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/paging/" + i19+"/name",schemaPath:"#/properties/paging/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.paging.items.properties.name.type,parentSchema:schema31.properties.paging.items.properties.name,data:data87};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data86.type !== undefined){
let data88 = data86.type;
if(!((((data88 === "pagerduty") || (data88 === "opsgenie")) || (data88 === "grafana-oncall")) || (data88 === "webhook"))){
const err175 = {instancePath:instancePath+"/paging/" + i19+"/type",schemaPath:"#/properties/paging/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.paging.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.paging.items.properties.type.enum,parentSchema:schema31.properties.paging.items.properties.type,data:data88};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data86.key_env !== undefined){
let data89 = data86.key_env;
if(typeof data89 === "string"){
if(!pattern21.test(data89)){
const err176 = {instancePath:instancePath+"/paging/" + i19+"/key_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data89};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/paging/" + i19+"/key_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data89};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data86.secret_env !== undefined){
let data90 = data86.secret_env;
const _errs236 = errors;
let valid83 = false;
const _errs237 = errors;
if(typeof data90 === "string"){
if(!pattern21.test(data90)){
const err178 = {instancePath:instancePath+"/paging/" + i19+"/secret_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data90};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/paging/" + i19+"/secret_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data90};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid6 = _errs237 === errors;
valid83 = valid83 || _valid6;
const _errs240 = errors;
if(data90 !== null){
const err180 = {instancePath:instancePath+"/paging/" + i19+"/secret_env",schemaPath:"#/properties/paging/items/properties/secret_env/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.paging.items.properties.secret_env.anyOf[1].type,parentSchema:schema31.properties.paging.items.properties.secret_env.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid6 = _errs240 === errors;
valid83 = valid83 || _valid6;
if(!valid83){
const err181 = {instancePath:instancePath+"/paging/" + i19+"/secret_env",schemaPath:"#/properties/paging/items/properties/secret_env/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.paging.items.properties.secret_env.anyOf,parentSchema:schema31.properties.paging.items.properties.secret_env,data:data90};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
else {
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
}
}
if(data86.region !== undefined){
let data91 = data86.region;
if(!((data91 === "us") || (data91 === "eu"))){
const err182 = {instancePath:instancePath+"/paging/" + i19+"/region",schemaPath:"#/properties/paging/items/properties/region/enum",keyword:"enum",params:{allowedValues: schema31.properties.paging.items.properties.region.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.paging.items.properties.region.enum,parentSchema:schema31.properties.paging.items.properties.region,data:data91};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data86.on !== undefined){
let data92 = data86.on;
if(Array.isArray(data92)){
const len18 = data92.length;
for(let i20=0; i20<len18; i20++){
let data93 = data92[i20];
if(!((((data93 === "declared") || (data93 === "raised")) || (data93 === "escalated")) || (data93 === "missed"))){
const err183 = {instancePath:instancePath+"/paging/" + i19+"/on/" + i20,schemaPath:"#/properties/paging/items/properties/on/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.paging.items.properties.on.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.paging.items.properties.on.items.enum,parentSchema:schema31.properties.paging.items.properties.on.items,data:data93};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/paging/" + i19+"/on",schemaPath:"#/properties/paging/items/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.paging.items.properties.on.type,parentSchema:schema31.properties.paging.items.properties.on,data:data92};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data86.severities !== undefined){
let data94 = data86.severities;
if(Array.isArray(data94)){
const len19 = data94.length;
for(let i21=0; i21<len19; i21++){
let data95 = data94[i21];
if(typeof data95 === "string"){
if(func2(data95) < 1){
const err185 = {instancePath:instancePath+"/paging/" + i19+"/severities/" + i21,schemaPath:"#/properties/paging/items/properties/severities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.paging.items.properties.severities.items,data:data95};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/paging/" + i19+"/severities/" + i21,schemaPath:"#/properties/paging/items/properties/severities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.paging.items.properties.severities.items.type,parentSchema:schema31.properties.paging.items.properties.severities.items,data:data95};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/paging/" + i19+"/severities",schemaPath:"#/properties/paging/items/properties/severities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.paging.items.properties.severities.type,parentSchema:schema31.properties.paging.items.properties.severities,data:data94};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data86.services !== undefined){
let data96 = data86.services;
if(Array.isArray(data96)){
const len20 = data96.length;
for(let i22=0; i22<len20; i22++){
let data97 = data96[i22];
if(typeof data97 === "string"){
if(func2(data97) < 1){
const err188 = {instancePath:instancePath+"/paging/" + i19+"/services/" + i22,schemaPath:"#/properties/paging/items/properties/services/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.paging.items.properties.services.items,data:data97};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/paging/" + i19+"/services/" + i22,schemaPath:"#/properties/paging/items/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.paging.items.properties.services.items.type,parentSchema:schema31.properties.paging.items.properties.services.items,data:data97};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/paging/" + i19+"/services",schemaPath:"#/properties/paging/items/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.paging.items.properties.services.type,parentSchema:schema31.properties.paging.items.properties.services,data:data96};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data86.severity_map !== undefined){
let data98 = data86.severity_map;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const key22 in data98){
let data99 = data98[key22];
if(!((((data99 === "critical") || (data99 === "error")) || (data99 === "warning")) || (data99 === "info"))){
const err191 = {instancePath:instancePath+"/paging/" + i19+"/severity_map/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/paging/items/properties/severity_map/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.paging.items.properties.severity_map.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.paging.items.properties.severity_map.additionalProperties.enum,parentSchema:schema31.properties.paging.items.properties.severity_map.additionalProperties,data:data99};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/paging/" + i19+"/severity_map",schemaPath:"#/properties/paging/items/properties/severity_map/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.paging.items.properties.severity_map.type,parentSchema:schema31.properties.paging.items.properties.severity_map,data:data98};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/paging/" + i19,schemaPath:"#/properties/paging/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.paging.items.type,parentSchema:schema31.properties.paging.items,data:data86};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/paging",schemaPath:"#/properties/paging/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.paging.type,parentSchema:schema31.properties.paging,data:data85};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data.services !== undefined){
let data100 = data.services;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key23 in data100){
const _errs260 = errors;
if(typeof key23 === "string"){
if(!pattern36.test(key23)){
const err195 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$",parentSchema:schema31.properties.services.propertyNames,data:key23,propertyName:key23};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
var valid92 = _errs260 === errors;
if(!valid92){
const err196 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/propertyNames",keyword:"propertyNames",params:{propertyName: key23},message:"property name must be valid",schema:schema31.properties.services.propertyNames,parentSchema:schema31.properties.services,data:data100};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
for(const key24 in data100){
let data101 = data100[key24];
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key25 in data101){
if(!(((((((key25 === "description") || (key25 === "owners")) || (key25 === "repo")) || (key25 === "component")) || (key25 === "pager")) || (key25 === "pager_key_env")) || (key25 === "slack_channel"))){
const err197 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.services.additionalProperties,data:data101};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data101.description !== undefined){
let data102 = data101.description;
if(typeof data102 !== "string"){
const err198 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/properties/services/additionalProperties/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.additionalProperties.properties.description.type,parentSchema:schema31.properties.services.additionalProperties.properties.description,data:data102};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data101.owners !== undefined){
let data103 = data101.owners;
if(Array.isArray(data103)){
const len21 = data103.length;
for(let i23=0; i23<len21; i23++){
let data104 = data103[i23];
if(typeof data104 === "string"){
if(!pattern17.test(data104)){
const err199 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/owners/" + i23,schemaPath:"#/$defs/mention/pattern",keyword:"pattern",params:{pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$"},message:"must match pattern \""+"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$"+"\"",schema:"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$",parentSchema:schema41,data:data104};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/owners/" + i23,schemaPath:"#/$defs/mention/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data104};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/owners",schemaPath:"#/properties/services/additionalProperties/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.services.additionalProperties.properties.owners.type,parentSchema:schema31.properties.services.additionalProperties.properties.owners,data:data103};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data101.repo !== undefined){
let data105 = data101.repo;
if(typeof data105 === "string"){
if(!pattern18.test(data105)){
const err202 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/repo",schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data105};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/repo",schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data105};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data101.component !== undefined){
let data106 = data101.component;
if(typeof data106 === "string"){
if(func2(data106) < 1){
const err204 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/component",schemaPath:"#/properties/services/additionalProperties/properties/component/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.services.additionalProperties.properties.component,data:data106};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/component",schemaPath:"#/properties/services/additionalProperties/properties/component/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.additionalProperties.properties.component.type,parentSchema:schema31.properties.services.additionalProperties.properties.component,data:data106};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data101.pager !== undefined){
let data107 = data101.pager;
if(typeof data107 === "string"){
if(func2(data107) < 1){
const err206 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager",schemaPath:"#/properties/services/additionalProperties/properties/pager/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.services.additionalProperties.properties.pager,data:data107};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager",schemaPath:"#/properties/services/additionalProperties/properties/pager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.additionalProperties.properties.pager.type,parentSchema:schema31.properties.services.additionalProperties.properties.pager,data:data107};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data101.pager_key_env !== undefined){
let data108 = data101.pager_key_env;
const _errs280 = errors;
let valid99 = false;
const _errs281 = errors;
if(typeof data108 === "string"){
if(!pattern21.test(data108)){
const err208 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager_key_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data108};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager_key_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data108};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
var _valid7 = _errs281 === errors;
valid99 = valid99 || _valid7;
const _errs284 = errors;
if(data108 !== null){
const err210 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager_key_env",schemaPath:"#/properties/services/additionalProperties/properties/pager_key_env/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.services.additionalProperties.properties.pager_key_env.anyOf[1].type,parentSchema:schema31.properties.services.additionalProperties.properties.pager_key_env.anyOf[1],data:data108};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
var _valid7 = _errs284 === errors;
valid99 = valid99 || _valid7;
if(!valid99){
const err211 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager_key_env",schemaPath:"#/properties/services/additionalProperties/properties/pager_key_env/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.services.additionalProperties.properties.pager_key_env.anyOf,parentSchema:schema31.properties.services.additionalProperties.properties.pager_key_env,data:data108};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
else {
errors = _errs280;
if(vErrors !== null){
if(_errs280){
vErrors.length = _errs280;
}
else {
vErrors = null;
}
}
}
}
if(data101.slack_channel !== undefined){
let data109 = data101.slack_channel;
const _errs287 = errors;
let valid101 = false;
const _errs288 = errors;
if(typeof data109 === "string"){
if(func2(data109) < 1){
const err212 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack_channel",schemaPath:"#/properties/services/additionalProperties/properties/slack_channel/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack_channel",schemaPath:"#/properties/services/additionalProperties/properties/slack_channel/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf[0].type,parentSchema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf[0],data:data109};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid8 = _errs288 === errors;
valid101 = valid101 || _valid8;
const _errs290 = errors;
if(data109 !== null){
const err214 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack_channel",schemaPath:"#/properties/services/additionalProperties/properties/slack_channel/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf[1].type,parentSchema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf[1],data:data109};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid8 = _errs290 === errors;
valid101 = valid101 || _valid8;
if(!valid101){
const err215 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack_channel",schemaPath:"#/properties/services/additionalProperties/properties/slack_channel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.services.additionalProperties.properties.slack_channel.anyOf,parentSchema:schema31.properties.services.additionalProperties.properties.slack_channel,data:data109};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
else {
errors = _errs287;
if(vErrors !== null){
if(_errs287){
vErrors.length = _errs287;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err216 = {instancePath:instancePath+"/services/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.services.additionalProperties.type,parentSchema:schema31.properties.services.additionalProperties,data:data101};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.services.type,parentSchema:schema31.properties.services,data:data100};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data.people !== undefined){
let data110 = data.people;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
for(const key26 in data110){
const _errs294 = errors;
if(typeof key26 === "string"){
if(!pattern40.test(key26)){
const err218 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",parentSchema:schema31.properties.people.propertyNames,data:key26,propertyName:key26};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
var valid102 = _errs294 === errors;
if(!valid102){
const err219 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/propertyNames",keyword:"propertyNames",params:{propertyName: key26},message:"property name must be valid",schema:schema31.properties.people.propertyNames,parentSchema:schema31.properties.people,data:data110};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
for(const key27 in data110){
let data111 = data110[key27];
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key28 in data111){
if(!(((key28 === "slack") || (key28 === "email")) || (key28 === "pager"))){
const err220 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.people.additionalProperties,data:data111};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data111.slack !== undefined){
let data112 = data111.slack;
if(typeof data112 === "string"){
if(!pattern41.test(data112)){
const err221 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema31.properties.people.additionalProperties.properties.slack,data:data112};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/slack",schemaPath:"#/properties/people/additionalProperties/properties/slack/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.additionalProperties.properties.slack.type,parentSchema:schema31.properties.people.additionalProperties.properties.slack,data:data112};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data111.email !== undefined){
let data113 = data111.email;
if(typeof data113 === "string"){
if(!pattern42.test(data113)){
const err223 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/people/additionalProperties/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+$",parentSchema:schema31.properties.people.additionalProperties.properties.email,data:data113};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/people/additionalProperties/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.additionalProperties.properties.email.type,parentSchema:schema31.properties.people.additionalProperties.properties.email,data:data113};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data111.pager !== undefined){
let data114 = data111.pager;
if(typeof data114 === "string"){
if(func2(data114) < 1){
const err225 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager",schemaPath:"#/properties/people/additionalProperties/properties/pager/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.people.additionalProperties.properties.pager,data:data114};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/pager",schemaPath:"#/properties/people/additionalProperties/properties/pager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.people.additionalProperties.properties.pager.type,parentSchema:schema31.properties.people.additionalProperties.properties.pager,data:data114};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/people/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/people/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.people.additionalProperties.type,parentSchema:schema31.properties.people.additionalProperties,data:data111};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.people.type,parentSchema:schema31.properties.people,data:data110};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data.catalog !== undefined){
let data115 = data.catalog;
const _errs306 = errors;
let valid105 = false;
const _errs307 = errors;
if(typeof data115 === "string"){
if(func2(data115) < 1){
const err229 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.catalog.anyOf[0],data:data115};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(!pattern43.test(data115)){
const err230 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[^/]"},message:"must match pattern \""+"^[^/]"+"\"",schema:"^[^/]",parentSchema:schema31.properties.catalog.anyOf[0],data:data115};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.catalog.anyOf[0].type,parentSchema:schema31.properties.catalog.anyOf[0],data:data115};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid9 = _errs307 === errors;
valid105 = valid105 || _valid9;
const _errs309 = errors;
if(data115 !== null){
const err232 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.catalog.anyOf[1].type,parentSchema:schema31.properties.catalog.anyOf[1],data:data115};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
var _valid9 = _errs309 === errors;
valid105 = valid105 || _valid9;
if(!valid105){
const err233 = {instancePath:instancePath+"/catalog",schemaPath:"#/properties/catalog/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.catalog.anyOf,parentSchema:schema31.properties.catalog,data:data115};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
else {
errors = _errs306;
if(vErrors !== null){
if(_errs306){
vErrors.length = _errs306;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err234 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const incident = validate23;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/incident.schema.json","title":"sitrep incident","description":"Front matter of an incident file (incidents/INC-<n>.md). The file is the record; the issue's labels, assignees and status card are projections of it.","type":"object","additionalProperties":false,"required":["id","title","severity","status","type","issue","declared_at"],"$defs":{"timestamp":{"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$","description":"A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z."},"optionalTimestamp":{"description":"A UTC time in RFC 3339 at second precision, or null when it has not happened.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"login":{"description":"A GitHub login without the @, or null when the role is not held.","anyOf":[{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},{"type":"null"}]}},"properties":{"id":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The incident id, INC-<n> where <n> is the issue number; must match the file name."},"title":{"type":"string","minLength":1,"description":"One line that says what is broken, taken from the issue title."},"severity":{"type":"string","minLength":1,"description":"A severity defined in .github/sitrep.yml (P1, P2, P3 by default; P1 is the most severe)."},"status":{"enum":["triage","investigating","fixing","monitoring","resolved","closed","declined"],"description":"Where the incident is in its lifecycle: triage → investigating → fixing → monitoring → resolved → closed, or declined."},"type":{"enum":["incident","security"],"description":"incident for an outage or degradation; security for a security incident."},"issue":{"type":"integer","minimum":1,"description":"Number of the GitHub issue that is the incident's live channel."},"source":{"anyOf":[{"enum":["alert","customer","email","other"]},{"type":"null"}],"description":"How the incident was detected: alert, customer, email or other."},"services":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Affected services; used to route follow-ups (followups.routes)."},"customers":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Affected customers; their escalation contacts are shown on declaration."},"declared_at":{"$ref":"#/$defs/timestamp","description":"When the incident was declared (the issue's creation)."},"started_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the impact started, if known (from the form)."},"acknowledged_at":{"$ref":"#/$defs/optionalTimestamp","description":"First command or comment by someone other than the reporter, or the first role assignment."},"mitigated_at":{"$ref":"#/$defs/optionalTimestamp","description":"First entry into monitoring."},"resolved_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the incident was resolved; cleared by a reopen."},"closed_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the postmortem was merged and follow-ups filed (or closed without one); cleared by a reopen."},"next_update_due":{"$ref":"#/$defs/optionalTimestamp","description":"When the next status update is due; null once the incident no longer owes updates."},"roles":{"type":"object","additionalProperties":false,"description":"Who holds each incident role; a role nobody holds may be left out (absent and null are the same). The coordinator holds every role not delegated.","properties":{"coordinator":{"$ref":"#/$defs/login","description":"Incident commander: owns the incident and talks to customers."},"operations":{"$ref":"#/$defs/login","description":"The one engineer debugging and changing systems."},"communications":{"$ref":"#/$defs/login","description":"Sends status updates on the cadence and keeps the log."}}},"postmortem":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"Path of the postmortem file or URL of its pull request, once it exists."},"followups":{"type":"array","items":{"type":"string","format":"uri","description":"URL of a follow-up issue, e.g. https://github.com/acme/checkout/issues/7."},"description":"URLs of the follow-up issues filed from the postmortem's action items."},"alert":{"type":["object","null"],"additionalProperties":false,"required":["key","source"],"description":"The alert group that declared this incident (SPEC 4.6); null or absent = none.","properties":{"key":{"type":"string","minLength":1,"description":"The group's dedup key: Alertmanager's groupKey, Grafana's group key or the generic key."},"source":{"enum":["alertmanager","grafana","generic"],"description":"Which relay route it came through."},"fingerprints":{"type":"array","items":{"type":"string","minLength":1},"description":"The alerts of the group firing at the last delivery."}}},"public":{"type":["object","null"],"additionalProperties":false,"description":"What the status page may show once a responder publishes (SPEC 4.9); null or absent = none.","properties":{"title":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"The title shown to customers instead of the internal one."},"components":{"type":"array","items":{"type":"string","minLength":1},"description":"The components shown as affected; default: the incident's services."}}},"slack":{"type":["object","null"],"additionalProperties":false,"required":["channel","name"],"description":"The incident's Slack channel (SPEC 4.12); null or absent = none.","properties":{"channel":{"type":"string","pattern":"^[CG][A-Z0-9]{2,}$","description":"The channel's id, e.g. C0123ABCD."},"name":{"type":"string","pattern":"^[a-z0-9_-]{1,80}$","description":"The channel's name, e.g. inc-42-checkout-api-returns-502."}}},"caused_by":{"anyOf":[{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$","description":"URL of a pull request, e.g. https://github.com/acme/checkout/pull/12."}},{"type":"null"}],"description":"A list of pull request URLs (e.g. https://github.com/acme/checkout/pull/12): the changes that caused the incident, recorded by /inc cause"},"email":{"type":["object","null"],"additionalProperties":false,"required":["message_ids"],"description":"The email thread this incident belongs to (SPEC 4.14): an email replying to one of these ids, or carrying one of them again, is logged on this incident; null or absent = none.","properties":{"message_ids":{"type":"array","maxItems":20,"items":{"type":"string","minLength":3,"maxLength":1000,"pattern":"^<[^<>\\s]+>$"},"description":"Message-IDs (with their angle brackets, lower case) of the email that declared the incident and of each email logged on it, newest last, at most 20."}}}}};
const schema57 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$","description":"A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z."};
const schema60 = {"description":"A GitHub login without the @, or null when the role is not held.","anyOf":[{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},{"type":"null"}]};
const pattern44 = new RegExp("^INC-[1-9][0-9]*$", "u");
const pattern45 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
const pattern47 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
const pattern51 = new RegExp("^[a-z0-9_-]{1,80}$", "u");
const pattern52 = new RegExp("^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$", "u");
const pattern53 = new RegExp("^<[^<>\\s]+>$", "u");
const formats0 = runtime2["date-time"];
const formats4 = runtime2.uri;
const schema58 = {"description":"A UTC time in RFC 3339 at second precision, or null when it has not happened.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern45.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$",parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(data !== null){
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema58.anyOf[1].type,parentSchema:schema58.anyOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema58.anyOf,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/incident.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.severity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.issue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issue"},message:"must have required property '"+"issue"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.declared_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declared_at"},message:"must have required property '"+"declared_at"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema56.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern44.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema56.properties.id,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.id.type,parentSchema:schema56.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.title,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.title.type,parentSchema:schema56.properties.title,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.severity !== undefined){
let data2 = data.severity;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.severity.type,parentSchema:schema56.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(!(((((((data3 === "triage") || (data3 === "investigating")) || (data3 === "fixing")) || (data3 === "monitoring")) || (data3 === "resolved")) || (data3 === "closed")) || (data3 === "declined"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema56.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.status.enum,parentSchema:schema56.properties.status,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(!((data4 === "incident") || (data4 === "security"))){
const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.type.enum,parentSchema:schema56.properties.type,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.issue !== undefined){
let data5 = data.issue;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema56.properties.issue.type,parentSchema:schema56.properties.issue,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema56.properties.issue,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.source !== undefined){
let data6 = data.source;
const _errs13 = errors;
let valid1 = false;
const _errs14 = errors;
if(!((((data6 === "alert") || (data6 === "customer")) || (data6 === "email")) || (data6 === "other"))){
const err18 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema56.properties.source.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema56.properties.source.anyOf[0].enum,parentSchema:schema56.properties.source.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
const _errs15 = errors;
if(data6 !== null){
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.source.anyOf[1].type,parentSchema:schema56.properties.source.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs15 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err20 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.source.anyOf,parentSchema:schema56.properties.source,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.services !== undefined){
let data7 = data.services;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err21 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.services.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.services.items.type,parentSchema:schema56.properties.services.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema56.properties.services,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err24 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.services.type,parentSchema:schema56.properties.services,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.customers !== undefined){
let data9 = data.customers;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err25 = {instancePath:instancePath+"/customers/" + i2,schemaPath:"#/properties/customers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.customers.items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/customers/" + i2,schemaPath:"#/properties/customers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.customers.items.type,parentSchema:schema56.properties.customers.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data9[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err27 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema56.properties.customers,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err28 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.customers.type,parentSchema:schema56.properties.customers,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.declared_at !== undefined){
let data11 = data.declared_at;
if(typeof data11 === "string"){
if(!pattern45.test(data11)){
const err29 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$",parentSchema:schema57,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data11))){
const err30 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema57,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.type,parentSchema:schema57,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.started_at !== undefined){
if(!(validate24(data.started_at, {instancePath:instancePath+"/started_at",parentData:data,parentDataProperty:"started_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.acknowledged_at !== undefined){
if(!(validate24(data.acknowledged_at, {instancePath:instancePath+"/acknowledged_at",parentData:data,parentDataProperty:"acknowledged_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mitigated_at !== undefined){
if(!(validate24(data.mitigated_at, {instancePath:instancePath+"/mitigated_at",parentData:data,parentDataProperty:"mitigated_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.resolved_at !== undefined){
if(!(validate24(data.resolved_at, {instancePath:instancePath+"/resolved_at",parentData:data,parentDataProperty:"resolved_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.closed_at !== undefined){
if(!(validate24(data.closed_at, {instancePath:instancePath+"/closed_at",parentData:data,parentDataProperty:"closed_at",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.next_update_due !== undefined){
if(!(validate24(data.next_update_due, {instancePath:instancePath+"/next_update_due",parentData:data,parentDataProperty:"next_update_due",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.roles !== undefined){
let data18 = data.roles;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key1 in data18){
if(!(((key1 === "coordinator") || (key1 === "operations")) || (key1 === "communications"))){
const err32 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.roles,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data18.coordinator !== undefined){
let data19 = data18.coordinator;
const _errs39 = errors;
let valid11 = false;
const _errs40 = errors;
if(typeof data19 === "string"){
if(!pattern47.test(data19)){
const err33 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema60.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.anyOf[0].type,parentSchema:schema60.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs40 === errors;
valid11 = valid11 || _valid1;
const _errs42 = errors;
if(data19 !== null){
const err35 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.anyOf[1].type,parentSchema:schema60.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid1 = _errs42 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const err36 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.anyOf,parentSchema:schema60,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
if(data18.operations !== undefined){
let data20 = data18.operations;
const _errs46 = errors;
let valid13 = false;
const _errs47 = errors;
if(typeof data20 === "string"){
if(!pattern47.test(data20)){
const err37 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema60.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.anyOf[0].type,parentSchema:schema60.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs47 === errors;
valid13 = valid13 || _valid2;
const _errs49 = errors;
if(data20 !== null){
const err39 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.anyOf[1].type,parentSchema:schema60.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs49 === errors;
valid13 = valid13 || _valid2;
if(!valid13){
const err40 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.anyOf,parentSchema:schema60,data:data20};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
if(data18.communications !== undefined){
let data21 = data18.communications;
const _errs53 = errors;
let valid15 = false;
const _errs54 = errors;
if(typeof data21 === "string"){
if(!pattern47.test(data21)){
const err41 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema60.anyOf[0],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.anyOf[0].type,parentSchema:schema60.anyOf[0],data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid3 = _errs54 === errors;
valid15 = valid15 || _valid3;
const _errs56 = errors;
if(data21 !== null){
const err43 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema60.anyOf[1].type,parentSchema:schema60.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs56 === errors;
valid15 = valid15 || _valid3;
if(!valid15){
const err44 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.anyOf,parentSchema:schema60,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.roles.type,parentSchema:schema56.properties.roles,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.postmortem !== undefined){
let data22 = data.postmortem;
const _errs59 = errors;
let valid16 = false;
const _errs60 = errors;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err46 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.postmortem.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.postmortem.anyOf[0].type,parentSchema:schema56.properties.postmortem.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid4 = _errs60 === errors;
valid16 = valid16 || _valid4;
const _errs62 = errors;
if(data22 !== null){
const err48 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.postmortem.anyOf[1].type,parentSchema:schema56.properties.postmortem.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid4 = _errs62 === errors;
valid16 = valid16 || _valid4;
if(!valid16){
const err49 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.postmortem.anyOf,parentSchema:schema56.properties.postmortem,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
errors = _errs59;
if(vErrors !== null){
if(_errs59){
vErrors.length = _errs59;
}
else {
vErrors = null;
}
}
}
}
if(data.followups !== undefined){
let data23 = data.followups;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i4=0; i4<len2; i4++){
let data24 = data23[i4];
if(typeof data24 === "string"){
if(!(formats4(data24))){
const err50 = {instancePath:instancePath+"/followups/" + i4,schemaPath:"#/properties/followups/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema56.properties.followups.items,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/followups/" + i4,schemaPath:"#/properties/followups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.followups.items.type,parentSchema:schema56.properties.followups.items,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.followups.type,parentSchema:schema56.properties.followups,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.alert !== undefined){
let data25 = data.alert;
if((!(data25 && typeof data25 == "object" && !Array.isArray(data25))) && (data25 !== null)){
const err53 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/type",keyword:"type",params:{type: schema56.properties.alert.type},message:"must be object,null",schema:schema56.properties.alert.type,parentSchema:schema56.properties.alert,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.key === undefined){
const err54 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema56.properties.alert.required,parentSchema:schema56.properties.alert,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data25.source === undefined){
const err55 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema56.properties.alert.required,parentSchema:schema56.properties.alert,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key2 in data25){
if(!(((key2 === "key") || (key2 === "source")) || (key2 === "fingerprints"))){
const err56 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.alert,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data25.key !== undefined){
let data26 = data25.key;
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err57 = {instancePath:instancePath+"/alert/key",schemaPath:"#/properties/alert/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.alert.properties.key,data:data26};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/alert/key",schemaPath:"#/properties/alert/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.alert.properties.key.type,parentSchema:schema56.properties.alert.properties.key,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data25.source !== undefined){
let data27 = data25.source;
if(!(((data27 === "alertmanager") || (data27 === "grafana")) || (data27 === "generic"))){
const err59 = {instancePath:instancePath+"/alert/source",schemaPath:"#/properties/alert/properties/source/enum",keyword:"enum",params:{allowedValues: schema56.properties.alert.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.alert.properties.source.enum,parentSchema:schema56.properties.alert.properties.source,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data25.fingerprints !== undefined){
let data28 = data25.fingerprints;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i5=0; i5<len3; i5++){
let data29 = data28[i5];
if(typeof data29 === "string"){
if(func2(data29) < 1){
const err60 = {instancePath:instancePath+"/alert/fingerprints/" + i5,schemaPath:"#/properties/alert/properties/fingerprints/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.alert.properties.fingerprints.items,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/alert/fingerprints/" + i5,schemaPath:"#/properties/alert/properties/fingerprints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.alert.properties.fingerprints.items.type,parentSchema:schema56.properties.alert.properties.fingerprints.items,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/alert/fingerprints",schemaPath:"#/properties/alert/properties/fingerprints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.alert.properties.fingerprints.type,parentSchema:schema56.properties.alert.properties.fingerprints,data:data28};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
if(data.public !== undefined){
let data30 = data.public;
if((!(data30 && typeof data30 == "object" && !Array.isArray(data30))) && (data30 !== null)){
const err63 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/type",keyword:"type",params:{type: schema56.properties.public.type},message:"must be object,null",schema:schema56.properties.public.type,parentSchema:schema56.properties.public,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key3 in data30){
if(!((key3 === "title") || (key3 === "components"))){
const err64 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.public,data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data30.title !== undefined){
let data31 = data30.title;
const _errs82 = errors;
let valid23 = false;
const _errs83 = errors;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err65 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.public.properties.title.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.public.properties.title.anyOf[0].type,parentSchema:schema56.properties.public.properties.title.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid5 = _errs83 === errors;
valid23 = valid23 || _valid5;
const _errs85 = errors;
if(data31 !== null){
const err67 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.public.properties.title.anyOf[1].type,parentSchema:schema56.properties.public.properties.title.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid5 = _errs85 === errors;
valid23 = valid23 || _valid5;
if(!valid23){
const err68 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.public.properties.title.anyOf,parentSchema:schema56.properties.public.properties.title,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
}
if(data30.components !== undefined){
let data32 = data30.components;
if(Array.isArray(data32)){
const len4 = data32.length;
for(let i6=0; i6<len4; i6++){
let data33 = data32[i6];
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err69 = {instancePath:instancePath+"/public/components/" + i6,schemaPath:"#/properties/public/properties/components/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.public.properties.components.items,data:data33};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/public/components/" + i6,schemaPath:"#/properties/public/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.public.properties.components.items.type,parentSchema:schema56.properties.public.properties.components.items,data:data33};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/public/components",schemaPath:"#/properties/public/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.public.properties.components.type,parentSchema:schema56.properties.public.properties.components,data:data32};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
if(data.slack !== undefined){
let data34 = data.slack;
if((!(data34 && typeof data34 == "object" && !Array.isArray(data34))) && (data34 !== null)){
const err72 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/type",keyword:"type",params:{type: schema56.properties.slack.type},message:"must be object,null",schema:schema56.properties.slack.type,parentSchema:schema56.properties.slack,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.channel === undefined){
const err73 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema56.properties.slack.required,parentSchema:schema56.properties.slack,data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data34.name === undefined){
const err74 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema56.properties.slack.required,parentSchema:schema56.properties.slack,data:data34};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key4 in data34){
if(!((key4 === "channel") || (key4 === "name"))){
const err75 = {instancePath:instancePath+"/slack",schemaPath:"#/properties/slack/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.slack,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data34.channel !== undefined){
let data35 = data34.channel;
if(typeof data35 === "string"){
if(!pattern30.test(data35)){
const err76 = {instancePath:instancePath+"/slack/channel",schemaPath:"#/properties/slack/properties/channel/pattern",keyword:"pattern",params:{pattern: "^[CG][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[CG][A-Z0-9]{2,}$"+"\"",schema:"^[CG][A-Z0-9]{2,}$",parentSchema:schema56.properties.slack.properties.channel,data:data35};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/slack/channel",schemaPath:"#/properties/slack/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.slack.properties.channel.type,parentSchema:schema56.properties.slack.properties.channel,data:data35};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data34.name !== undefined){
let data36 = data34.name;
if(typeof data36 === "string"){
if(!pattern51.test(data36)){
const err78 = {instancePath:instancePath+"/slack/name",schemaPath:"#/properties/slack/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[a-z0-9_-]{1,80}$"+"\"",schema:"^[a-z0-9_-]{1,80}$",parentSchema:schema56.properties.slack.properties.name,data:data36};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/slack/name",schemaPath:"#/properties/slack/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.slack.properties.name.type,parentSchema:schema56.properties.slack.properties.name,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
}
if(data.caused_by !== undefined){
let data37 = data.caused_by;
const _errs99 = errors;
let valid27 = false;
const _errs100 = errors;
if(Array.isArray(data37)){
const len5 = data37.length;
for(let i7=0; i7<len5; i7++){
let data38 = data37[i7];
if(typeof data38 === "string"){
if(!pattern52.test(data38)){
const err80 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/pattern",keyword:"pattern",params:{pattern: "^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$"},message:"must match pattern \""+"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$"+"\"",schema:"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$",parentSchema:schema56.properties.caused_by.anyOf[0].items,data:data38};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(formats4(data38))){
const err81 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema56.properties.caused_by.anyOf[0].items,data:data38};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.caused_by.anyOf[0].items.type,parentSchema:schema56.properties.caused_by.anyOf[0].items,data:data38};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.caused_by.anyOf[0].type,parentSchema:schema56.properties.caused_by.anyOf[0],data:data37};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid6 = _errs100 === errors;
valid27 = valid27 || _valid6;
const _errs104 = errors;
if(data37 !== null){
const err84 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema56.properties.caused_by.anyOf[1].type,parentSchema:schema56.properties.caused_by.anyOf[1],data:data37};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid6 = _errs104 === errors;
valid27 = valid27 || _valid6;
if(!valid27){
const err85 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema56.properties.caused_by.anyOf,parentSchema:schema56.properties.caused_by,data:data37};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
}
}
if(data.email !== undefined){
let data39 = data.email;
if((!(data39 && typeof data39 == "object" && !Array.isArray(data39))) && (data39 !== null)){
const err86 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: schema56.properties.email.type},message:"must be object,null",schema:schema56.properties.email.type,parentSchema:schema56.properties.email,data:data39};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.message_ids === undefined){
const err87 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/required",keyword:"required",params:{missingProperty: "message_ids"},message:"must have required property '"+"message_ids"+"'",schema:schema56.properties.email.required,parentSchema:schema56.properties.email,data:data39};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
for(const key5 in data39){
if(!(key5 === "message_ids")){
const err88 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema56.properties.email,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data39.message_ids !== undefined){
let data40 = data39.message_ids;
if(Array.isArray(data40)){
if(data40.length > 20){
const err89 = {instancePath:instancePath+"/email/message_ids",schemaPath:"#/properties/email/properties/message_ids/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema56.properties.email.properties.message_ids,data:data40};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
const len6 = data40.length;
for(let i8=0; i8<len6; i8++){
let data41 = data40[i8];
if(typeof data41 === "string"){
if(func2(data41) > 1000){
const err90 = {instancePath:instancePath+"/email/message_ids/" + i8,schemaPath:"#/properties/email/properties/message_ids/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema56.properties.email.properties.message_ids.items,data:data41};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(func2(data41) < 3){
const err91 = {instancePath:instancePath+"/email/message_ids/" + i8,schemaPath:"#/properties/email/properties/message_ids/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema56.properties.email.properties.message_ids.items,data:data41};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!pattern53.test(data41)){
const err92 = {instancePath:instancePath+"/email/message_ids/" + i8,schemaPath:"#/properties/email/properties/message_ids/items/pattern",keyword:"pattern",params:{pattern: "^<[^<>\\s]+>$"},message:"must match pattern \""+"^<[^<>\\s]+>$"+"\"",schema:"^<[^<>\\s]+>$",parentSchema:schema56.properties.email.properties.message_ids.items,data:data41};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/email/message_ids/" + i8,schemaPath:"#/properties/email/properties/message_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.email.properties.message_ids.items.type,parentSchema:schema56.properties.email.properties.message_ids.items,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/email/message_ids",schemaPath:"#/properties/email/properties/message_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.email.properties.message_ids.type,parentSchema:schema56.properties.email.properties.message_ids,data:data40};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
}
}
else {
const err95 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const postmortem = validate31;
const schema63 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/postmortem.schema.json","title":"sitrep postmortem","description":"Front matter of a postmortem file (postmortems/INC-<n>.md), added by pull request.","type":"object","additionalProperties":false,"required":["id","incident","severity","status","authors"],"properties":{"id":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The postmortem id: the incident id (INC-<n>), matching the file name."},"incident":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The incident this postmortem is about; its file must exist."},"title":{"type":"string","description":"The incident title at the time the postmortem was built."},"severity":{"type":"string","minLength":1,"description":"The incident's severity (a severity defined in .github/sitrep.yml)."},"status":{"enum":["draft","in-review","final"],"description":"draft while written, in-review once reviewers are asked, final when merged. A final postmortem needs a Root cause and an owner on every action item."},"authors":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","description":"A GitHub login without the @, e.g. alice."},"description":"GitHub logins (without @) of the people who wrote it; the incident's role holders by default."},"date":{"type":"string","format":"date","description":"The day the incident was declared (YYYY-MM-DD)."},"pull_request":{"anyOf":[{"type":"string","format":"uri"},{"type":"null"}],"description":"URL of the pull request that reviews this postmortem."}}};
const formats8 = runtime2.date;

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/postmortem.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.incident === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.severity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.authors === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"},message:"must have required property '"+"authors"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "incident")) || (key0 === "title")) || (key0 === "severity")) || (key0 === "status")) || (key0 === "authors")) || (key0 === "date")) || (key0 === "pull_request"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern44.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema63.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.id.type,parentSchema:schema63.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.incident !== undefined){
let data1 = data.incident;
if(typeof data1 === "string"){
if(!pattern44.test(data1)){
const err8 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema63.properties.incident,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.incident.type,parentSchema:schema63.properties.incident,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.title.type,parentSchema:schema63.properties.title,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.severity !== undefined){
let data3 = data.severity;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.severity.type,parentSchema:schema63.properties.severity,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(((data4 === "draft") || (data4 === "in-review")) || (data4 === "final"))){
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema63.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema63.properties.status.enum,parentSchema:schema63.properties.status,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.authors !== undefined){
let data5 = data.authors;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern47.test(data6)){
const err14 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/properties/authors/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema63.properties.authors.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/properties/authors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.authors.items.type,parentSchema:schema63.properties.authors.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.authors.type,parentSchema:schema63.properties.authors,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.date !== undefined){
let data7 = data.date;
if(typeof data7 === "string"){
if(!(formats8.validate(data7))){
const err17 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema63.properties.date,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.date.type,parentSchema:schema63.properties.date,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.pull_request !== undefined){
let data8 = data.pull_request;
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err19 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema63.properties.pull_request.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.pull_request.anyOf[0].type,parentSchema:schema63.properties.pull_request.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs19 === errors;
valid3 = valid3 || _valid0;
const _errs21 = errors;
if(data8 !== null){
const err21 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema63.properties.pull_request.anyOf[1].type,parentSchema:schema63.properties.pull_request.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err22 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema63.properties.pull_request.anyOf,parentSchema:schema63.properties.pull_request,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const alert = validate32;
const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/alert.schema.json","title":"sitrep alert","description":"The client_payload of a repository_dispatch with event_type sitrep-alert: one alert group, as sitrep relay forwards it (or as a monitoring system templates it to dispatch directly). At most 10 top-level keys and 65,535 characters serialized, as GitHub allows.","type":"object","additionalProperties":false,"maxProperties":10,"required":["version","source","key","status","alerts"],"properties":{"version":{"const":1,"description":"The payload format version: 1."},"source":{"enum":["alertmanager","grafana","generic"],"description":"What sent the alerts: alertmanager, grafana or generic."},"key":{"type":"string","minLength":1,"maxLength":1024,"description":"The group's dedup key (Alertmanager's groupKey, Grafana's groupKey, or the generic key), stored in the incident's alert.key; 1 to 1024 characters."},"status":{"enum":["firing","resolved"],"description":"firing while any alert of the group fires, else resolved."},"title":{"type":"string","maxLength":1024,"description":"A title chosen by the sender (the generic route's title); used when the group has no summary annotation."},"common_labels":{"$ref":"#/$defs/strings","description":"Labels every alert of the group has, name to value."},"common_annotations":{"$ref":"#/$defs/strings","description":"Annotations every alert of the group has (summary, description, runbook_url…), name to value."},"alerts":{"type":"array","items":{"$ref":"#/$defs/alert"},"description":"The group's alerts, firing ones first; may be fewer than counts.total when the group was too large to forward whole."},"counts":{"type":"object","additionalProperties":false,"required":["firing","resolved","total","truncated"],"properties":{"firing":{"type":"integer","minimum":0,"description":"Firing alerts in the group as sent."},"resolved":{"type":"integer","minimum":0,"description":"Resolved alerts in the group as sent."},"total":{"type":"integer","minimum":0,"description":"Alerts in the group, including any the sender or sitrep left out."},"truncated":{"type":"integer","minimum":0,"description":"Alerts left out of alerts (total minus the alerts listed)."}},"description":"How many alerts the group had, so a truncated group keeps its counts."},"external_url":{"type":"string","format":"uri","description":"The sender's own page (Alertmanager's or Grafana's external URL)."}},"$defs":{"strings":{"type":"object","additionalProperties":{"type":"string","description":"A label or annotation value."},"description":"Name to value, both strings."},"alert":{"type":"object","additionalProperties":false,"required":["fingerprint","status","labels","starts_at"],"properties":{"fingerprint":{"type":"string","minLength":1,"maxLength":256,"description":"Identifies the alert within the group across deliveries (Alertmanager's and Grafana's fingerprint; the generic key)."},"status":{"enum":["firing","resolved"],"description":"firing or resolved."},"labels":{"$ref":"#/$defs/strings","description":"The alert's labels, name to value."},"annotations":{"$ref":"#/$defs/strings","description":"The alert's annotations, name to value."},"starts_at":{"type":"string","format":"date-time","description":"When the alert started firing, RFC 3339 UTC."},"ends_at":{"type":"string","format":"date-time","description":"When a resolved alert stopped firing, RFC 3339 UTC."},"url":{"type":"string","format":"uri","description":"A link to the alert's source (Alertmanager's generatorURL, Grafana's rule, the generic url)."}},"description":"One alert of the group."}}};
const schema65 = {"type":"object","additionalProperties":{"type":"string","description":"A label or annotation value."},"description":"Name to value, both strings."};
const schema67 = {"type":"object","additionalProperties":false,"required":["fingerprint","status","labels","starts_at"],"properties":{"fingerprint":{"type":"string","minLength":1,"maxLength":256,"description":"Identifies the alert within the group across deliveries (Alertmanager's and Grafana's fingerprint; the generic key)."},"status":{"enum":["firing","resolved"],"description":"firing or resolved."},"labels":{"$ref":"#/$defs/strings","description":"The alert's labels, name to value."},"annotations":{"$ref":"#/$defs/strings","description":"The alert's annotations, name to value."},"starts_at":{"type":"string","format":"date-time","description":"When the alert started firing, RFC 3339 UTC."},"ends_at":{"type":"string","format":"date-time","description":"When a resolved alert stopped firing, RFC 3339 UTC."},"url":{"type":"string","format":"uri","description":"A link to the alert's source (Alertmanager's generatorURL, Grafana's rule, the generic url)."}},"description":"One alert of the group."};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fingerprint === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.labels === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.starts_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "starts_at"},message:"must have required property '"+"starts_at"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "fingerprint") || (key0 === "status")) || (key0 === "labels")) || (key0 === "annotations")) || (key0 === "starts_at")) || (key0 === "ends_at")) || (key0 === "url"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fingerprint !== undefined){
let data0 = data.fingerprint;
if(typeof data0 === "string"){
if(func2(data0) > 256){
const err5 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema67.properties.fingerprint,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.fingerprint,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.fingerprint.type,parentSchema:schema67.properties.fingerprint,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(!((data1 === "firing") || (data1 === "resolved"))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema67.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.status.enum,parentSchema:schema67.properties.status,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.labels !== undefined){
let data2 = data.labels;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.additionalProperties.type,parentSchema:schema65.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.annotations !== undefined){
let data4 = data.annotations;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.additionalProperties.type,parentSchema:schema65.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.starts_at !== undefined){
let data6 = data.starts_at;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err13 = {instancePath:instancePath+"/starts_at",schemaPath:"#/properties/starts_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema67.properties.starts_at,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/starts_at",schemaPath:"#/properties/starts_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.starts_at.type,parentSchema:schema67.properties.starts_at,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ends_at !== undefined){
let data7 = data.ends_at;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err15 = {instancePath:instancePath+"/ends_at",schemaPath:"#/properties/ends_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema67.properties.ends_at,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/ends_at",schemaPath:"#/properties/ends_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.ends_at.type,parentSchema:schema67.properties.ends_at,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.url !== undefined){
let data8 = data.url;
if(typeof data8 === "string"){
if(!(formats4(data8))){
const err17 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema67.properties.url,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.url.type,parentSchema:schema67.properties.url,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/alert.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.key === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.alerts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alerts"},message:"must have required property '"+"alerts"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema64.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema64.properties.version,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(!(((data1 === "alertmanager") || (data1 === "grafana")) || (data1 === "generic"))){
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema64.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.source.enum,parentSchema:schema64.properties.source,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.key !== undefined){
let data2 = data.key;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema64.properties.key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.key,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.key.type,parentSchema:schema64.properties.key,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(!((data3 === "firing") || (data3 === "resolved"))){
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema64.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.status.enum,parentSchema:schema64.properties.status,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(typeof data4 === "string"){
if(func2(data4) > 1024){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema64.properties.title,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.title.type,parentSchema:schema64.properties.title,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.common_labels !== undefined){
let data5 = data.common_labels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
let data6 = data5[key1];
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/common_labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.additionalProperties.type,parentSchema:schema65.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/common_labels",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.common_annotations !== undefined){
let data7 = data.common_annotations;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
let data8 = data7[key2];
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/common_annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.additionalProperties.type,parentSchema:schema65.additionalProperties,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/common_annotations",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.alerts !== undefined){
let data9 = data.alerts;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data9[i0], {instancePath:instancePath+"/alerts/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.alerts.type,parentSchema:schema64.properties.alerts,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.counts !== undefined){
let data11 = data.counts;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.firing === undefined){
const err20 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "firing"},message:"must have required property '"+"firing"+"'",schema:schema64.properties.counts.required,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11.resolved === undefined){
const err21 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "resolved"},message:"must have required property '"+"resolved"+"'",schema:schema64.properties.counts.required,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11.total === undefined){
const err22 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema64.properties.counts.required,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11.truncated === undefined){
const err23 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "truncated"},message:"must have required property '"+"truncated"+"'",schema:schema64.properties.counts.required,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data11){
if(!((((key3 === "firing") || (key3 === "resolved")) || (key3 === "total")) || (key3 === "truncated"))){
const err24 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.firing !== undefined){
let data12 = data11.firing;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err25 = {instancePath:instancePath+"/counts/firing",schemaPath:"#/properties/counts/properties/firing/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.counts.properties.firing.type,parentSchema:schema64.properties.counts.properties.firing,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/counts/firing",schemaPath:"#/properties/counts/properties/firing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.counts.properties.firing,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data11.resolved !== undefined){
let data13 = data11.resolved;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err27 = {instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.counts.properties.resolved.type,parentSchema:schema64.properties.counts.properties.resolved,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.counts.properties.resolved,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data11.total !== undefined){
let data14 = data11.total;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err29 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.counts.properties.total.type,parentSchema:schema64.properties.counts.properties.total,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.counts.properties.total,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data11.truncated !== undefined){
let data15 = data11.truncated;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/counts/truncated",schemaPath:"#/properties/counts/properties/truncated/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema64.properties.counts.properties.truncated.type,parentSchema:schema64.properties.counts.properties.truncated,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/counts/truncated",schemaPath:"#/properties/counts/properties/truncated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema64.properties.counts.properties.truncated,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.counts.type,parentSchema:schema64.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.external_url !== undefined){
let data16 = data.external_url;
if(typeof data16 === "string"){
if(!(formats4(data16))){
const err34 = {instancePath:instancePath+"/external_url",schemaPath:"#/properties/external_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema64.properties.external_url,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/external_url",schemaPath:"#/properties/external_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.external_url.type,parentSchema:schema64.properties.external_url,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const email = validate35;
const schema70 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/email.schema.json","title":"sitrep email","description":"The client_payload of a repository_dispatch with event_type sitrep-email: one inbound email, as sitrep relay forwards it from a provider's inbound-parse webhook (Postmark, SendGrid, Mailgun). At most 10 top-level keys and 65,535 characters serialized, as GitHub allows.","type":"object","additionalProperties":false,"maxProperties":10,"required":["version","from","to","subject","text","message_id","in_reply_to","references","received_at","headers"],"properties":{"version":{"const":1,"description":"The payload format version: 1."},"from":{"type":"string","maxLength":320,"description":"The sender's address (the From header's address, lower case), or \"\" when it had none."},"to":{"type":"array","maxItems":50,"items":{"type":"string","maxLength":320},"description":"The first 50 recipients' addresses (To and Cc)."},"subject":{"type":"string","maxLength":1000,"description":"The subject, at most 1000 characters."},"text":{"type":"string","maxLength":60000,"description":"The plain-text body (made from the HTML part when there is no text part), cut to fit the payload."},"message_id":{"type":"string","maxLength":1000,"description":"The Message-ID header, with its angle brackets, or \"\" when it had none."},"in_reply_to":{"type":"string","maxLength":1000,"description":"The In-Reply-To header's first id, or \"\"."},"references":{"type":"array","maxItems":20,"items":{"type":"string","maxLength":1000},"description":"The References header's ids, the newest 20."},"received_at":{"type":"string","format":"date-time","description":"When the relay received it (UTC)."},"headers":{"type":"object","additionalProperties":false,"required":["auto_submitted","precedence"],"properties":{"auto_submitted":{"type":"string","maxLength":200,"description":"The Auto-Submitted header (RFC 3834), or \"\"."},"precedence":{"type":"string","maxLength":200,"description":"The Precedence header (bulk, junk, list), or \"\"."}},"description":"The headers that tell automatic email from a person's: auto_submitted and precedence."}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/email.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.from === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.to === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.subject === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.text === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.message_id === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message_id"},message:"must have required property '"+"message_id"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.in_reply_to === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "in_reply_to"},message:"must have required property '"+"in_reply_to"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.references === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "references"},message:"must have required property '"+"references"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.received_at === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "received_at"},message:"must have required property '"+"received_at"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.headers === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema70.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema70.properties.version,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.from !== undefined){
let data1 = data.from;
if(typeof data1 === "string"){
if(func2(data1) > 320){
const err13 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema70.properties.from,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.from.type,parentSchema:schema70.properties.from,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.to !== undefined){
let data2 = data.to;
if(Array.isArray(data2)){
if(data2.length > 50){
const err15 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema70.properties.to,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 320){
const err16 = {instancePath:instancePath+"/to/" + i0,schemaPath:"#/properties/to/items/maxLength",keyword:"maxLength",params:{limit: 320},message:"must NOT have more than 320 characters",schema:320,parentSchema:schema70.properties.to.items,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/to/" + i0,schemaPath:"#/properties/to/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.to.items.type,parentSchema:schema70.properties.to.items,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.to.type,parentSchema:schema70.properties.to,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.subject !== undefined){
let data4 = data.subject;
if(typeof data4 === "string"){
if(func2(data4) > 1000){
const err19 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema70.properties.subject,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.subject.type,parentSchema:schema70.properties.subject,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.text !== undefined){
let data5 = data.text;
if(typeof data5 === "string"){
if(func2(data5) > 60000){
const err21 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 60000},message:"must NOT have more than 60000 characters",schema:60000,parentSchema:schema70.properties.text,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.text.type,parentSchema:schema70.properties.text,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.message_id !== undefined){
let data6 = data.message_id;
if(typeof data6 === "string"){
if(func2(data6) > 1000){
const err23 = {instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema70.properties.message_id,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/message_id",schemaPath:"#/properties/message_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.message_id.type,parentSchema:schema70.properties.message_id,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.in_reply_to !== undefined){
let data7 = data.in_reply_to;
if(typeof data7 === "string"){
if(func2(data7) > 1000){
const err25 = {instancePath:instancePath+"/in_reply_to",schemaPath:"#/properties/in_reply_to/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema70.properties.in_reply_to,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/in_reply_to",schemaPath:"#/properties/in_reply_to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.in_reply_to.type,parentSchema:schema70.properties.in_reply_to,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.references !== undefined){
let data8 = data.references;
if(Array.isArray(data8)){
if(data8.length > 20){
const err27 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema70.properties.references,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func2(data9) > 1000){
const err28 = {instancePath:instancePath+"/references/" + i1,schemaPath:"#/properties/references/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema70.properties.references.items,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/references/" + i1,schemaPath:"#/properties/references/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.references.items.type,parentSchema:schema70.properties.references.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.references.type,parentSchema:schema70.properties.references,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.received_at !== undefined){
let data10 = data.received_at;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err31 = {instancePath:instancePath+"/received_at",schemaPath:"#/properties/received_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema70.properties.received_at,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/received_at",schemaPath:"#/properties/received_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.received_at.type,parentSchema:schema70.properties.received_at,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.headers !== undefined){
let data11 = data.headers;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.auto_submitted === undefined){
const err33 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/required",keyword:"required",params:{missingProperty: "auto_submitted"},message:"must have required property '"+"auto_submitted"+"'",schema:schema70.properties.headers.required,parentSchema:schema70.properties.headers,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.precedence === undefined){
const err34 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/required",keyword:"required",params:{missingProperty: "precedence"},message:"must have required property '"+"precedence"+"'",schema:schema70.properties.headers.required,parentSchema:schema70.properties.headers,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key1 in data11){
if(!((key1 === "auto_submitted") || (key1 === "precedence"))){
const err35 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema70.properties.headers,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.auto_submitted !== undefined){
let data12 = data11.auto_submitted;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err36 = {instancePath:instancePath+"/headers/auto_submitted",schemaPath:"#/properties/headers/properties/auto_submitted/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema70.properties.headers.properties.auto_submitted,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/headers/auto_submitted",schemaPath:"#/properties/headers/properties/auto_submitted/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.headers.properties.auto_submitted.type,parentSchema:schema70.properties.headers.properties.auto_submitted,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.precedence !== undefined){
let data13 = data11.precedence;
if(typeof data13 === "string"){
if(func2(data13) > 200){
const err38 = {instancePath:instancePath+"/headers/precedence",schemaPath:"#/properties/headers/properties/precedence/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema70.properties.headers.properties.precedence,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/headers/precedence",schemaPath:"#/properties/headers/properties/precedence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.headers.properties.precedence.type,parentSchema:schema70.properties.headers.properties.precedence,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.properties.headers.type,parentSchema:schema70.properties.headers,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const page = validate36;
const schema71 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/page.schema.json","title":"sitrep page answer","description":"The client_payload of a repository_dispatch with event_type sitrep-page: a pager's acknowledge, resolve, escalate or reassign for an incident sitrep paged, as sitrep relay forwards it (SPEC 4.11).","type":"object","additionalProperties":false,"required":["incident","pager","action","by","at"],"properties":{"incident":{"type":"string","pattern":"^INC-[1-9][0-9]{0,9}$","description":"The incident's id, INC-<n>."},"pager":{"enum":["pagerduty","opsgenie","grafana-oncall"],"description":"Which kind of pager answered; the action uses the paging entry of that type."},"action":{"enum":["acknowledge","resolve","escalate","reassign"],"description":"What happened at the pager. A resolve never resolves the incident: it is logged and the coordinator is asked."},"by":{"type":"object","additionalProperties":false,"description":"Who did it, as the pager names them; mapped to a GitHub login through people (by id, else email).","properties":{"name":{"type":["string","null"],"maxLength":100,"description":"The person's name at the pager, on one line."},"email":{"type":["string","null"],"maxLength":254,"description":"The person's email, when the pager sends one."},"id":{"type":["string","null"],"maxLength":100,"description":"The pager's user id (people[].pager), e.g. PagerDuty's PLH1HKV."}}},"at":{"type":"string","format":"date-time","description":"When it happened at the pager (UTC, RFC 3339)."},"key":{"type":"string","maxLength":200,"description":"The key the pager knows the incident by: <owner>/<repo>#INC-<n>."}}};
const pattern57 = new RegExp("^INC-[1-9][0-9]{0,9}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/page.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.incident === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pager === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pager"},message:"must have required property '"+"pager"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.action === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.by === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.at === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema71.required,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "incident") || (key0 === "pager")) || (key0 === "action")) || (key0 === "by")) || (key0 === "at")) || (key0 === "key"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.incident !== undefined){
let data0 = data.incident;
if(typeof data0 === "string"){
if(!pattern57.test(data0)){
const err6 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]{0,9}$"},message:"must match pattern \""+"^INC-[1-9][0-9]{0,9}$"+"\"",schema:"^INC-[1-9][0-9]{0,9}$",parentSchema:schema71.properties.incident,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.incident.type,parentSchema:schema71.properties.incident,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.pager !== undefined){
let data1 = data.pager;
if(!(((data1 === "pagerduty") || (data1 === "opsgenie")) || (data1 === "grafana-oncall"))){
const err8 = {instancePath:instancePath+"/pager",schemaPath:"#/properties/pager/enum",keyword:"enum",params:{allowedValues: schema71.properties.pager.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.pager.enum,parentSchema:schema71.properties.pager,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.action !== undefined){
let data2 = data.action;
if(!((((data2 === "acknowledge") || (data2 === "resolve")) || (data2 === "escalate")) || (data2 === "reassign"))){
const err9 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema71.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema71.properties.action.enum,parentSchema:schema71.properties.action,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.by !== undefined){
let data3 = data.by;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "email")) || (key1 === "id"))){
const err10 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema71.properties.by,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if((typeof data4 !== "string") && (data4 !== null)){
const err11 = {instancePath:instancePath+"/by/name",schemaPath:"#/properties/by/properties/name/type",keyword:"type",params:{type: schema71.properties.by.properties.name.type},message:"must be string,null",schema:schema71.properties.by.properties.name.type,parentSchema:schema71.properties.by.properties.name,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err12 = {instancePath:instancePath+"/by/name",schemaPath:"#/properties/by/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema71.properties.by.properties.name,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data3.email !== undefined){
let data5 = data3.email;
if((typeof data5 !== "string") && (data5 !== null)){
const err13 = {instancePath:instancePath+"/by/email",schemaPath:"#/properties/by/properties/email/type",keyword:"type",params:{type: schema71.properties.by.properties.email.type},message:"must be string,null",schema:schema71.properties.by.properties.email.type,parentSchema:schema71.properties.by.properties.email,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data5 === "string"){
if(func2(data5) > 254){
const err14 = {instancePath:instancePath+"/by/email",schemaPath:"#/properties/by/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema71.properties.by.properties.email,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data3.id !== undefined){
let data6 = data3.id;
if((typeof data6 !== "string") && (data6 !== null)){
const err15 = {instancePath:instancePath+"/by/id",schemaPath:"#/properties/by/properties/id/type",keyword:"type",params:{type: schema71.properties.by.properties.id.type},message:"must be string,null",schema:schema71.properties.by.properties.id.type,parentSchema:schema71.properties.by.properties.id,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err16 = {instancePath:instancePath+"/by/id",schemaPath:"#/properties/by/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema71.properties.by.properties.id,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/by",schemaPath:"#/properties/by/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.properties.by.type,parentSchema:schema71.properties.by,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.at !== undefined){
let data7 = data.at;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err18 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema71.properties.at,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.at.type,parentSchema:schema71.properties.at,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.key !== undefined){
let data8 = data.key;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err20 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema71.properties.key,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.properties.key.type,parentSchema:schema71.properties.key,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const slack = validate37;
const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/slack.schema.json","title":"sitrep-slack dispatch payload","description":"The client_payload of a repository_dispatch sitrep-slack, sent by `sitrep relay` for what came from Slack (SPEC 4.12): a slash command, a declaration from the shortcut's modal, or a message for the timeline. At most 10 top-level keys and 65,535 characters (GitHub's limits); a long text is cut, the permalink kept.","type":"object","additionalProperties":false,"maxProperties":10,"required":["version","kind","team","channel","user"],"properties":{"version":{"const":1,"description":"The payload's version: 1."},"kind":{"enum":["command","declare","timeline"],"description":"command (/inc typed in Slack), declare (the shortcut's modal submitted), timeline (a message pinned or given a timeline reaction)."},"team":{"type":"string","pattern":"^[TE][A-Z0-9]{2,}$","description":"The Slack workspace (team) id."},"channel":{"type":"string","pattern":"^[CGD][A-Z0-9]{2,}$","description":"The channel the command was typed in, the message is in, or the shortcut was used in."},"user":{"type":"object","additionalProperties":false,"required":["id"],"description":"Who did it in Slack: their user id and, when Slack sent it, their name.","properties":{"id":{"type":"string","pattern":"^[UW][A-Z0-9]{2,}$","description":"The Slack user id."},"name":{"type":"string","maxLength":200,"description":"The Slack user name."}}},"text":{"type":"string","maxLength":40000,"description":"command: what followed /inc; declare: the title; timeline: the message's text in Slack's markup (cut, ending with …, when long)."},"ts":{"type":"string","pattern":"^[0-9]{6,}\\.[0-9]{1,9}$","description":"declare and timeline: the message's own ts."},"response_url":{"type":"string","pattern":"^https://","description":"command: where the answer goes (valid 30 minutes, 5 uses)."},"permalink":{"type":"string","pattern":"^https://","description":"declare and timeline: the message's permalink."},"details":{"type":"object","additionalProperties":false,"description":"What only one kind carries.","properties":{"severity":{"type":["string","null"],"description":"declare: P1, P2, P3, or null for \"Not sure\"."},"status":{"enum":["triage","investigating"],"description":"declare: triage or live (investigating)."},"summary":{"type":"string","maxLength":3000,"description":"declare: the summary from the modal."},"customers":{"type":"array","items":{"type":"string","maxLength":200},"maxItems":50,"description":"declare: the customers named."},"via":{"type":"string","maxLength":120,"description":"timeline: pin, or reaction:<name>."},"author":{"type":"string","pattern":"^([UWB][A-Z0-9]{2,})?$","description":"timeline: the message author's user id (empty for a bot's message without one)."},"thread_ts":{"type":"string","pattern":"^[0-9]{6,}\\.[0-9]{1,9}$","description":"timeline: the thread the message replies in."},"channel_name":{"type":"string","maxLength":200,"description":"command: the channel's name as Slack sent it."},"truncated":{"type":"integer","minimum":1,"description":"How many characters of text were cut."}}}}};
const pattern58 = new RegExp("^[TE][A-Z0-9]{2,}$", "u");
const pattern59 = new RegExp("^[CGD][A-Z0-9]{2,}$", "u");
const pattern61 = new RegExp("^[0-9]{6,}\\.[0-9]{1,9}$", "u");
const pattern62 = new RegExp("^https://", "u");
const pattern64 = new RegExp("^([UWB][A-Z0-9]{2,})?$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://sitrep.dev/schemas/slack.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.team === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.user === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema72.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema72.properties.version,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!(((data1 === "command") || (data1 === "declare")) || (data1 === "timeline"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema72.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.kind.enum,parentSchema:schema72.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.team !== undefined){
let data2 = data.team;
if(typeof data2 === "string"){
if(!pattern58.test(data2)){
const err9 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/pattern",keyword:"pattern",params:{pattern: "^[TE][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[TE][A-Z0-9]{2,}$"+"\"",schema:"^[TE][A-Z0-9]{2,}$",parentSchema:schema72.properties.team,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.team.type,parentSchema:schema72.properties.team,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.channel !== undefined){
let data3 = data.channel;
if(typeof data3 === "string"){
if(!pattern59.test(data3)){
const err11 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/pattern",keyword:"pattern",params:{pattern: "^[CGD][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[CGD][A-Z0-9]{2,}$"+"\"",schema:"^[CGD][A-Z0-9]{2,}$",parentSchema:schema72.properties.channel,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/channel",schemaPath:"#/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.channel.type,parentSchema:schema72.properties.channel,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.user !== undefined){
let data4 = data.user;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.id === undefined){
const err13 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.properties.user.required,parentSchema:schema72.properties.user,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "id") || (key1 === "name"))){
const err14 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.user,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.id !== undefined){
let data5 = data4.id;
if(typeof data5 === "string"){
if(!pattern41.test(data5)){
const err15 = {instancePath:instancePath+"/user/id",schemaPath:"#/properties/user/properties/id/pattern",keyword:"pattern",params:{pattern: "^[UW][A-Z0-9]{2,}$"},message:"must match pattern \""+"^[UW][A-Z0-9]{2,}$"+"\"",schema:"^[UW][A-Z0-9]{2,}$",parentSchema:schema72.properties.user.properties.id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/user/id",schemaPath:"#/properties/user/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.properties.id.type,parentSchema:schema72.properties.user.properties.id,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.name !== undefined){
let data6 = data4.name;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err17 = {instancePath:instancePath+"/user/name",schemaPath:"#/properties/user/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.user.properties.name,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/user/name",schemaPath:"#/properties/user/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.user.properties.name.type,parentSchema:schema72.properties.user.properties.name,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.user.type,parentSchema:schema72.properties.user,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.text !== undefined){
let data7 = data.text;
if(typeof data7 === "string"){
if(func2(data7) > 40000){
const err20 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/maxLength",keyword:"maxLength",params:{limit: 40000},message:"must NOT have more than 40000 characters",schema:40000,parentSchema:schema72.properties.text,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.text.type,parentSchema:schema72.properties.text,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.ts !== undefined){
let data8 = data.ts;
if(typeof data8 === "string"){
if(!pattern61.test(data8)){
const err22 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6,}\\.[0-9]{1,9}$"},message:"must match pattern \""+"^[0-9]{6,}\\.[0-9]{1,9}$"+"\"",schema:"^[0-9]{6,}\\.[0-9]{1,9}$",parentSchema:schema72.properties.ts,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/ts",schemaPath:"#/properties/ts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.ts.type,parentSchema:schema72.properties.ts,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.response_url !== undefined){
let data9 = data.response_url;
if(typeof data9 === "string"){
if(!pattern62.test(data9)){
const err24 = {instancePath:instancePath+"/response_url",schemaPath:"#/properties/response_url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema72.properties.response_url,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/response_url",schemaPath:"#/properties/response_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.response_url.type,parentSchema:schema72.properties.response_url,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.permalink !== undefined){
let data10 = data.permalink;
if(typeof data10 === "string"){
if(!pattern62.test(data10)){
const err26 = {instancePath:instancePath+"/permalink",schemaPath:"#/properties/permalink/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema72.properties.permalink,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/permalink",schemaPath:"#/properties/permalink/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.permalink.type,parentSchema:schema72.properties.permalink,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.details !== undefined){
let data11 = data.details;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!(func1.call(schema72.properties.details.properties, key2))){
const err28 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.details,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.severity !== undefined){
let data12 = data11.severity;
if((typeof data12 !== "string") && (data12 !== null)){
const err29 = {instancePath:instancePath+"/details/severity",schemaPath:"#/properties/details/properties/severity/type",keyword:"type",params:{type: schema72.properties.details.properties.severity.type},message:"must be string,null",schema:schema72.properties.details.properties.severity.type,parentSchema:schema72.properties.details.properties.severity,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.status !== undefined){
let data13 = data11.status;
if(!((data13 === "triage") || (data13 === "investigating"))){
const err30 = {instancePath:instancePath+"/details/status",schemaPath:"#/properties/details/properties/status/enum",keyword:"enum",params:{allowedValues: schema72.properties.details.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.details.properties.status.enum,parentSchema:schema72.properties.details.properties.status,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.summary !== undefined){
let data14 = data11.summary;
if(typeof data14 === "string"){
if(func2(data14) > 3000){
const err31 = {instancePath:instancePath+"/details/summary",schemaPath:"#/properties/details/properties/summary/maxLength",keyword:"maxLength",params:{limit: 3000},message:"must NOT have more than 3000 characters",schema:3000,parentSchema:schema72.properties.details.properties.summary,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/details/summary",schemaPath:"#/properties/details/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.summary.type,parentSchema:schema72.properties.details.properties.summary,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.customers !== undefined){
let data15 = data11.customers;
if(Array.isArray(data15)){
if(data15.length > 50){
const err33 = {instancePath:instancePath+"/details/customers",schemaPath:"#/properties/details/properties/customers/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema72.properties.details.properties.customers,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 === "string"){
if(func2(data16) > 200){
const err34 = {instancePath:instancePath+"/details/customers/" + i0,schemaPath:"#/properties/details/properties/customers/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.details.properties.customers.items,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/details/customers/" + i0,schemaPath:"#/properties/details/properties/customers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.customers.items.type,parentSchema:schema72.properties.details.properties.customers.items,data:data16};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/details/customers",schemaPath:"#/properties/details/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.details.properties.customers.type,parentSchema:schema72.properties.details.properties.customers,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.via !== undefined){
let data17 = data11.via;
if(typeof data17 === "string"){
if(func2(data17) > 120){
const err37 = {instancePath:instancePath+"/details/via",schemaPath:"#/properties/details/properties/via/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema72.properties.details.properties.via,data:data17};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/details/via",schemaPath:"#/properties/details/properties/via/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.via.type,parentSchema:schema72.properties.details.properties.via,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.author !== undefined){
let data18 = data11.author;
if(typeof data18 === "string"){
if(!pattern64.test(data18)){
const err39 = {instancePath:instancePath+"/details/author",schemaPath:"#/properties/details/properties/author/pattern",keyword:"pattern",params:{pattern: "^([UWB][A-Z0-9]{2,})?$"},message:"must match pattern \""+"^([UWB][A-Z0-9]{2,})?$"+"\"",schema:"^([UWB][A-Z0-9]{2,})?$",parentSchema:schema72.properties.details.properties.author,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/details/author",schemaPath:"#/properties/details/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.author.type,parentSchema:schema72.properties.details.properties.author,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.thread_ts !== undefined){
let data19 = data11.thread_ts;
if(typeof data19 === "string"){
if(!pattern61.test(data19)){
const err41 = {instancePath:instancePath+"/details/thread_ts",schemaPath:"#/properties/details/properties/thread_ts/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6,}\\.[0-9]{1,9}$"},message:"must match pattern \""+"^[0-9]{6,}\\.[0-9]{1,9}$"+"\"",schema:"^[0-9]{6,}\\.[0-9]{1,9}$",parentSchema:schema72.properties.details.properties.thread_ts,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/details/thread_ts",schemaPath:"#/properties/details/properties/thread_ts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.thread_ts.type,parentSchema:schema72.properties.details.properties.thread_ts,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.channel_name !== undefined){
let data20 = data11.channel_name;
if(typeof data20 === "string"){
if(func2(data20) > 200){
const err43 = {instancePath:instancePath+"/details/channel_name",schemaPath:"#/properties/details/properties/channel_name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema72.properties.details.properties.channel_name,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/details/channel_name",schemaPath:"#/properties/details/properties/channel_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.details.properties.channel_name.type,parentSchema:schema72.properties.details.properties.channel_name,data:data20};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.truncated !== undefined){
let data21 = data11.truncated;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/details/truncated",schemaPath:"#/properties/details/properties/truncated/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema72.properties.details.properties.truncated.type,parentSchema:schema72.properties.details.properties.truncated,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err46 = {instancePath:instancePath+"/details/truncated",schemaPath:"#/properties/details/properties/truncated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema72.properties.details.properties.truncated,data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.details.type,parentSchema:schema72.properties.details,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

