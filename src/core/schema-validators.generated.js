// Generated from schemas/*.schema.json by scripts/schema-validators.mjs: do not edit by hand.
/* eslint-disable */
import * as runtime0Module from "ajv/dist/runtime/ucs2length.js";
const runtime0 = runtime0Module.default?.__esModule ? runtime0Module.default.default : runtime0Module.default;
import { fullFormats as runtime1 } from "ajv-formats/dist/formats.js";
export const config = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/config.schema.json","title":"sitrep configuration","description":"sitrep's configuration, .github/sitrep.yml. Every key is optional; unknown keys are an error.","type":"object","additionalProperties":false,"$defs":{"duration":{"type":"string","pattern":"^[1-9][0-9]*[mhd]$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 2h, 1d."},"repo":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"A repository as owner/repo."},"env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"The name of an environment variable, e.g. SITREP_SLACK_URL."},"mention":{"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$","description":"A user (@alice) or a team (@acme/incident-coordinators)."},"severity":{"type":"object","additionalProperties":false,"description":"One severity level.","properties":{"description":{"type":"string","description":"What this level means; shown in the issue form and on the card."},"update_every":{"$ref":"#/$defs/duration","description":"How often a status update is due while the incident is open."},"escalate_after":{"$ref":"#/$defs/duration","description":"How late an update may be before the coordinators team is pinged."},"min_responders":{"type":"integer","minimum":1,"maximum":3,"description":"2 or more: needs a coordinator who is not the operations engineer."},"postmortem":{"enum":["required","optional","none"],"description":"Whether resolving opens a postmortem pull request (required), only on /inc postmortem (optional), or never (none)."}}}},"properties":{"label":{"type":"string","minLength":1,"description":"The label that marks incident issues. Default: incident."},"command":{"type":"string","pattern":"^/\\S+$","description":"The comment prefix for commands. Default: /inc."},"paths":{"type":"object","additionalProperties":false,"description":"Where sitrep keeps its files in this repository.","properties":{"incidents":{"type":"string","minLength":1,"pattern":"^[^/].*[^/]$|^[^/]$","description":"Folder of incident files. Default: incidents."},"postmortems":{"type":"string","minLength":1,"pattern":"^[^/].*[^/]$|^[^/]$","description":"Folder of postmortem files. Default: postmortems."}}},"commands":{"type":"object","additionalProperties":false,"description":"Who may run commands.","properties":{"min_permission":{"enum":["read","triage","write","maintain","admin"],"description":"The least repository permission a commenter needs. Default: triage."}}},"severities":{"type":"object","minProperties":1,"description":"Severity levels, most severe first. Replaces the defaults (P1, P2, P3) when given; a level given without some keys takes them from the default of the same name, else from the least severe default.","propertyNames":{"pattern":"^[A-Za-z0-9_-]{1,20}$","description":"A severity name: up to 20 letters, digits, _ or -, e.g. P1 or SEV-1."},"additionalProperties":{"$ref":"#/$defs/severity"}},"status_cadence":{"type":"object","additionalProperties":false,"description":"Overrides update_every while the incident is in a status.","properties":{"triage":{"$ref":"#/$defs/duration","description":"Cadence in triage. Default: 15m."},"investigating":{"$ref":"#/$defs/duration","description":"Cadence while investigating."},"fixing":{"$ref":"#/$defs/duration","description":"Cadence while fixing."},"monitoring":{"$ref":"#/$defs/duration","description":"Cadence while monitoring. Default: 1d."}}},"monitoring":{"type":"object","additionalProperties":false,"description":"The monitoring phase.","properties":{"window":{"$ref":"#/$defs/duration","description":"After this long in monitoring, the coordinator is asked to resolve. Default: 48h."}}},"postmortem":{"type":"object","additionalProperties":false,"description":"Postmortems.","properties":{"due_after":{"$ref":"#/$defs/duration","description":"How long after resolving the postmortem pull request is due. Default: 3d."},"reviewers_from_roles":{"type":"boolean","description":"Request review of the postmortem from the role holders. Default: true."}}},"bots":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$"},"description":"Logins whose status cards, markers and replies sitrep treats as its own, besides the token it runs with: the other identities it writes with, e.g. [\"github-actions[bot]\", \"sitrep-app[bot]\"] when the follow-ups job uses a GitHub App token. Comments by anyone else never carry a trusted marker."},"escalation":{"type":"object","additionalProperties":false,"description":"Who is pinged when an incident is understaffed or its updates are late.","properties":{"coordinators":{"type":"array","items":{"$ref":"#/$defs/mention"},"description":"Users or teams pinged to staff incidents and on late updates, e.g. [\"@acme/incident-coordinators\"]."},"customers":{"type":"object","description":"Escalation matrix: customer name → contacts, shown on declaration.","additionalProperties":{"type":"array","items":{"type":"string","minLength":1}}}}},"followups":{"type":"object","additionalProperties":false,"description":"Where follow-up issues from postmortem action items go.","properties":{"default_repo":{"anyOf":[{"$ref":"#/$defs/repo"},{"type":"null"}],"description":"owner/repo for items with no repo: and no route; null = the incident repository."},"routes":{"type":"object","additionalProperties":{"$ref":"#/$defs/repo"},"description":"Service name → owner/repo that owns its follow-ups."},"labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Labels put on every follow-up issue. Default: [incident-followup]."}}},"alerts":{"type":"object","additionalProperties":false,"description":"How alerts (sitrep relay → repository_dispatch sitrep-alert) declare incidents.","properties":{"status":{"enum":["triage","investigating"],"description":"The status an alert declares in. Default: triage."},"severity_label":{"type":"string","minLength":1,"description":"The alert label read for the severity. Default: severity."},"severities":{"type":"object","additionalProperties":{"type":"string","minLength":1},"description":"Alert label value → severity name. Default: { critical: P1, error: P1, warning: P2, info: P3 }."},"default_severity":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"The severity when the label is missing or unmapped; null = the most severe, as \"Not sure\" does."},"service_label":{"anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1},"minItems":1}],"description":"The alert label(s) read for services; falls back to job. Default: service."},"reopen_within":{"$ref":"#/$defs/duration","description":"A firing alert this soon after its incident resolved reopens it instead of declaring a new one. Default: 1h."}}},"notify":{"type":"array","description":"Chat and webhook channels that get one message per incident change.","items":{"type":"object","additionalProperties":false,"required":["name","type","url_env"],"properties":{"name":{"type":"string","minLength":1,"description":"The channel's name, shown in summaries and errors (never its URL)."},"type":{"enum":["slack","teams","discord","webhook"],"description":"slack (Block Kit, incoming webhook), teams (Adaptive Card, Workflows webhook), discord (embed) or webhook (signed JSON)."},"url_env":{"$ref":"#/$defs/env","description":"The environment variable holding the webhook URL (a secret; never in the repository)."},"secret_env":{"anyOf":[{"$ref":"#/$defs/env"},{"type":"null"}],"description":"webhook only: the environment variable holding the HMAC-SHA256 key for X-Sitrep-Signature-256."},"events":{"type":"array","items":{"enum":["declared","status","update","severity","role","escalation","resolved","closed","note","reminder","alert","public","followup","cause","postmortem"]},"description":"Which changes to send. Default: [declared, status, update, severity, role, escalation, resolved, closed]."},"severities":{"type":"array","items":{"type":"string","minLength":1},"description":"Only incidents of these severities; [] = all."},"types":{"type":"array","items":{"enum":["incident","security"]},"description":"Only incidents of these types. Default: [incident]; a security incident goes only to channels that list security."}}}},"status_page":{"type":"object","additionalProperties":false,"description":"The public status page, built from published incidents only.","properties":{"title":{"type":"string","minLength":1,"description":"The page's title. Default: Status."},"url":{"anyOf":[{"type":"string","pattern":"^https?://"},{"type":"null"}],"description":"The page's public base URL, for the feed and canonical links."},"components":{"type":"array","items":{"type":"string","minLength":1},"description":"The services shown; [] = every service of a published incident."},"history":{"$ref":"#/$defs/duration","description":"How far back the availability bars reach. Default: 90d."}}},"changes":{"type":"object","additionalProperties":false,"description":"Suspect changes: pull requests merged in the impact window.","properties":{"window_before":{"$ref":"#/$defs/duration","description":"How long before impact start a merged change is a suspect. Default: 2h."},"repos":{"type":"object","additionalProperties":{"$ref":"#/$defs/repo"},"description":"Service name → owner/repo whose merged pull requests count."}}}}};
const schema33 = {"type":"string","pattern":"^[1-9][0-9]*[mhd]$","description":"A duration: a whole number followed by m (minutes), h (hours) or d (days), e.g. 30m, 2h, 1d."};
const schema41 = {"type":"string","pattern":"^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$","description":"A user (@alice) or a team (@acme/incident-coordinators)."};
const schema42 = {"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"A repository as owner/repo."};
const schema45 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"The name of an environment variable, e.g. SITREP_SLACK_URL."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0;
const pattern4 = new RegExp("^/\\S+$", "u");
const pattern5 = new RegExp("^[^/].*[^/]$|^[^/]$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9_-]{1,20}$", "u");
const pattern8 = new RegExp("^[1-9][0-9]*[mhd]$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\\[bot\\])?$", "u");
const pattern17 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9_.-]+)?$", "u");
const pattern18 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern21 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern23 = new RegExp("^https?://", "u");
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
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
let data26 = data25[i2];
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err46 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.items,data:data26};
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
const err47 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/escalation/properties/customers/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.escalation.properties.customers.additionalProperties.items.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties.items,data:data26};
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
const err48 = {instancePath:instancePath+"/escalation/customers/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/escalation/properties/customers/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.escalation.properties.customers.additionalProperties.type,parentSchema:schema31.properties.escalation.properties.customers.additionalProperties,data:data25};
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
else {
const err49 = {instancePath:instancePath+"/escalation/customers",schemaPath:"#/properties/escalation/properties/customers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.escalation.properties.customers.type,parentSchema:schema31.properties.escalation.properties.customers,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/escalation",schemaPath:"#/properties/escalation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.escalation.type,parentSchema:schema31.properties.escalation,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.followups !== undefined){
let data27 = data.followups;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key10 in data27){
if(!(((key10 === "default_repo") || (key10 === "routes")) || (key10 === "labels"))){
const err51 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.followups,data:data27};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data27.default_repo !== undefined){
let data28 = data27.default_repo;
const _errs74 = errors;
let valid24 = false;
const _errs75 = errors;
if(typeof data28 === "string"){
if(!pattern18.test(data28)){
const err52 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data28};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid0 = _errs75 === errors;
valid24 = valid24 || _valid0;
const _errs78 = errors;
if(data28 !== null){
const err54 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/properties/followups/properties/default_repo/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.followups.properties.default_repo.anyOf[1].type,parentSchema:schema31.properties.followups.properties.default_repo.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs78 === errors;
valid24 = valid24 || _valid0;
if(!valid24){
const err55 = {instancePath:instancePath+"/followups/default_repo",schemaPath:"#/properties/followups/properties/default_repo/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.followups.properties.default_repo.anyOf,parentSchema:schema31.properties.followups.properties.default_repo,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
}
}
if(data27.routes !== undefined){
let data29 = data27.routes;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key11 in data29){
let data30 = data29[key11];
if(typeof data30 === "string"){
if(!pattern18.test(data30)){
const err56 = {instancePath:instancePath+"/followups/routes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data30};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/followups/routes/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data30};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/followups/routes",schemaPath:"#/properties/followups/properties/routes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.followups.properties.routes.type,parentSchema:schema31.properties.followups.properties.routes,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data27.labels !== undefined){
let data31 = data27.labels;
if(Array.isArray(data31)){
const len3 = data31.length;
for(let i3=0; i3<len3; i3++){
let data32 = data31[i3];
if(typeof data32 === "string"){
if(func2(data32) < 1){
const err59 = {instancePath:instancePath+"/followups/labels/" + i3,schemaPath:"#/properties/followups/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.followups.properties.labels.items,data:data32};
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
const err60 = {instancePath:instancePath+"/followups/labels/" + i3,schemaPath:"#/properties/followups/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.followups.properties.labels.items.type,parentSchema:schema31.properties.followups.properties.labels.items,data:data32};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/followups/labels",schemaPath:"#/properties/followups/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.followups.properties.labels.type,parentSchema:schema31.properties.followups.properties.labels,data:data31};
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
const err62 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.followups.type,parentSchema:schema31.properties.followups,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.alerts !== undefined){
let data33 = data.alerts;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key12 in data33){
if(!((((((key12 === "status") || (key12 === "severity_label")) || (key12 === "severities")) || (key12 === "default_severity")) || (key12 === "service_label")) || (key12 === "reopen_within"))){
const err63 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.alerts,data:data33};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data33.status !== undefined){
let data34 = data33.status;
if(!((data34 === "triage") || (data34 === "investigating"))){
const err64 = {instancePath:instancePath+"/alerts/status",schemaPath:"#/properties/alerts/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.alerts.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.alerts.properties.status.enum,parentSchema:schema31.properties.alerts.properties.status,data:data34};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data33.severity_label !== undefined){
let data35 = data33.severity_label;
if(typeof data35 === "string"){
if(func2(data35) < 1){
const err65 = {instancePath:instancePath+"/alerts/severity_label",schemaPath:"#/properties/alerts/properties/severity_label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.severity_label,data:data35};
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
const err66 = {instancePath:instancePath+"/alerts/severity_label",schemaPath:"#/properties/alerts/properties/severity_label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.severity_label.type,parentSchema:schema31.properties.alerts.properties.severity_label,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data33.severities !== undefined){
let data36 = data33.severities;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key13 in data36){
let data37 = data36[key13];
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err67 = {instancePath:instancePath+"/alerts/severities/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alerts/properties/severities/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.severities.additionalProperties,data:data37};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/alerts/severities/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/alerts/properties/severities/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.severities.additionalProperties.type,parentSchema:schema31.properties.alerts.properties.severities.additionalProperties,data:data37};
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
const err69 = {instancePath:instancePath+"/alerts/severities",schemaPath:"#/properties/alerts/properties/severities/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.alerts.properties.severities.type,parentSchema:schema31.properties.alerts.properties.severities,data:data36};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data33.default_severity !== undefined){
let data38 = data33.default_severity;
const _errs102 = errors;
let valid32 = false;
const _errs103 = errors;
if(typeof data38 === "string"){
if(func2(data38) < 1){
const err70 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.default_severity.anyOf[0].type,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid1 = _errs103 === errors;
valid32 = valid32 || _valid1;
const _errs105 = errors;
if(data38 !== null){
const err72 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.alerts.properties.default_severity.anyOf[1].type,parentSchema:schema31.properties.alerts.properties.default_severity.anyOf[1],data:data38};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid1 = _errs105 === errors;
valid32 = valid32 || _valid1;
if(!valid32){
const err73 = {instancePath:instancePath+"/alerts/default_severity",schemaPath:"#/properties/alerts/properties/default_severity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.alerts.properties.default_severity.anyOf,parentSchema:schema31.properties.alerts.properties.default_severity,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
}
}
if(data33.service_label !== undefined){
let data39 = data33.service_label;
const _errs108 = errors;
let valid33 = false;
const _errs109 = errors;
if(typeof data39 === "string"){
if(func2(data39) < 1){
const err74 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[0],data:data39};
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
const err75 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.service_label.anyOf[0].type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[0],data:data39};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid2 = _errs109 === errors;
valid33 = valid33 || _valid2;
const _errs111 = errors;
if(Array.isArray(data39)){
if(data39.length < 1){
const err76 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
let data40 = data39[i4];
if(typeof data40 === "string"){
if(func2(data40) < 1){
const err77 = {instancePath:instancePath+"/alerts/service_label/" + i4,schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1].items,data:data40};
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
const err78 = {instancePath:instancePath+"/alerts/service_label/" + i4,schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.alerts.properties.service_label.anyOf[1].items.type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1].items,data:data40};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.alerts.properties.service_label.anyOf[1].type,parentSchema:schema31.properties.alerts.properties.service_label.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid2 = _errs111 === errors;
valid33 = valid33 || _valid2;
if(!valid33){
const err80 = {instancePath:instancePath+"/alerts/service_label",schemaPath:"#/properties/alerts/properties/service_label/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.alerts.properties.service_label.anyOf,parentSchema:schema31.properties.alerts.properties.service_label,data:data39};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
if(data33.reopen_within !== undefined){
let data41 = data33.reopen_within;
if(typeof data41 === "string"){
if(!pattern8.test(data41)){
const err81 = {instancePath:instancePath+"/alerts/reopen_within",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data41};
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
const err82 = {instancePath:instancePath+"/alerts/reopen_within",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data41};
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
const err83 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.alerts.type,parentSchema:schema31.properties.alerts,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.notify !== undefined){
let data42 = data.notify;
if(Array.isArray(data42)){
const len5 = data42.length;
for(let i5=0; i5<len5; i5++){
let data43 = data42[i5];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.name === undefined){
const err84 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data43};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data43.type === undefined){
const err85 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data43.url_env === undefined){
const err86 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/properties/notify/items/required",keyword:"required",params:{missingProperty: "url_env"},message:"must have required property '"+"url_env"+"'",schema:schema31.properties.notify.items.required,parentSchema:schema31.properties.notify.items,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key14 in data43){
if(!(((((((key14 === "name") || (key14 === "type")) || (key14 === "url_env")) || (key14 === "secret_env")) || (key14 === "events")) || (key14 === "severities")) || (key14 === "types"))){
const err87 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/properties/notify/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.notify.items,data:data43};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data43.name !== undefined){
let data44 = data43.name;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err88 = {instancePath:instancePath+"/notify/" + i5+"/name",schemaPath:"#/properties/notify/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.notify.items.properties.name,data:data44};
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
const err89 = {instancePath:instancePath+"/notify/" + i5+"/name",schemaPath:"#/properties/notify/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.name.type,parentSchema:schema31.properties.notify.items.properties.name,data:data44};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data43.type !== undefined){
let data45 = data43.type;
if(!((((data45 === "slack") || (data45 === "teams")) || (data45 === "discord")) || (data45 === "webhook"))){
const err90 = {instancePath:instancePath+"/notify/" + i5+"/type",schemaPath:"#/properties/notify/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.type.enum,parentSchema:schema31.properties.notify.items.properties.type,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data43.url_env !== undefined){
let data46 = data43.url_env;
if(typeof data46 === "string"){
if(!pattern21.test(data46)){
const err91 = {instancePath:instancePath+"/notify/" + i5+"/url_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/notify/" + i5+"/url_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data46};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data43.secret_env !== undefined){
let data47 = data43.secret_env;
const _errs130 = errors;
let valid41 = false;
const _errs131 = errors;
if(typeof data47 === "string"){
if(!pattern21.test(data47)){
const err93 = {instancePath:instancePath+"/notify/" + i5+"/secret_env",schemaPath:"#/$defs/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema45,data:data47};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/notify/" + i5+"/secret_env",schemaPath:"#/$defs/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.type,parentSchema:schema45,data:data47};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid3 = _errs131 === errors;
valid41 = valid41 || _valid3;
const _errs134 = errors;
if(data47 !== null){
const err95 = {instancePath:instancePath+"/notify/" + i5+"/secret_env",schemaPath:"#/properties/notify/items/properties/secret_env/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.notify.items.properties.secret_env.anyOf[1].type,parentSchema:schema31.properties.notify.items.properties.secret_env.anyOf[1],data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid3 = _errs134 === errors;
valid41 = valid41 || _valid3;
if(!valid41){
const err96 = {instancePath:instancePath+"/notify/" + i5+"/secret_env",schemaPath:"#/properties/notify/items/properties/secret_env/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.notify.items.properties.secret_env.anyOf,parentSchema:schema31.properties.notify.items.properties.secret_env,data:data47};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
else {
errors = _errs130;
if(vErrors !== null){
if(_errs130){
vErrors.length = _errs130;
}
else {
vErrors = null;
}
}
}
}
if(data43.events !== undefined){
let data48 = data43.events;
if(Array.isArray(data48)){
const len6 = data48.length;
for(let i6=0; i6<len6; i6++){
let data49 = data48[i6];
if(!(((((((((((((((data49 === "declared") || (data49 === "status")) || (data49 === "update")) || (data49 === "severity")) || (data49 === "role")) || (data49 === "escalation")) || (data49 === "resolved")) || (data49 === "closed")) || (data49 === "note")) || (data49 === "reminder")) || (data49 === "alert")) || (data49 === "public")) || (data49 === "followup")) || (data49 === "cause")) || (data49 === "postmortem"))){
const err97 = {instancePath:instancePath+"/notify/" + i5+"/events/" + i6,schemaPath:"#/properties/notify/items/properties/events/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.events.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.events.items.enum,parentSchema:schema31.properties.notify.items.properties.events.items,data:data49};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/notify/" + i5+"/events",schemaPath:"#/properties/notify/items/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.events.type,parentSchema:schema31.properties.notify.items.properties.events,data:data48};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data43.severities !== undefined){
let data50 = data43.severities;
if(Array.isArray(data50)){
const len7 = data50.length;
for(let i7=0; i7<len7; i7++){
let data51 = data50[i7];
if(typeof data51 === "string"){
if(func2(data51) < 1){
const err99 = {instancePath:instancePath+"/notify/" + i5+"/severities/" + i7,schemaPath:"#/properties/notify/items/properties/severities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.notify.items.properties.severities.items,data:data51};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/notify/" + i5+"/severities/" + i7,schemaPath:"#/properties/notify/items/properties/severities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.notify.items.properties.severities.items.type,parentSchema:schema31.properties.notify.items.properties.severities.items,data:data51};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/notify/" + i5+"/severities",schemaPath:"#/properties/notify/items/properties/severities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.severities.type,parentSchema:schema31.properties.notify.items.properties.severities,data:data50};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data43.types !== undefined){
let data52 = data43.types;
if(Array.isArray(data52)){
const len8 = data52.length;
for(let i8=0; i8<len8; i8++){
let data53 = data52[i8];
if(!((data53 === "incident") || (data53 === "security"))){
const err102 = {instancePath:instancePath+"/notify/" + i5+"/types/" + i8,schemaPath:"#/properties/notify/items/properties/types/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.notify.items.properties.types.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.notify.items.properties.types.items.enum,parentSchema:schema31.properties.notify.items.properties.types.items,data:data53};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/notify/" + i5+"/types",schemaPath:"#/properties/notify/items/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.items.properties.types.type,parentSchema:schema31.properties.notify.items.properties.types,data:data52};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/properties/notify/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.notify.items.type,parentSchema:schema31.properties.notify.items,data:data43};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notify.type,parentSchema:schema31.properties.notify,data:data42};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.status_page !== undefined){
let data54 = data.status_page;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key15 in data54){
if(!((((key15 === "title") || (key15 === "url")) || (key15 === "components")) || (key15 === "history"))){
const err106 = {instancePath:instancePath+"/status_page",schemaPath:"#/properties/status_page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.status_page,data:data54};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data54.title !== undefined){
let data55 = data54.title;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err107 = {instancePath:instancePath+"/status_page/title",schemaPath:"#/properties/status_page/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.status_page.properties.title,data:data55};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/status_page/title",schemaPath:"#/properties/status_page/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.title.type,parentSchema:schema31.properties.status_page.properties.title,data:data55};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data54.url !== undefined){
let data56 = data54.url;
const _errs152 = errors;
let valid50 = false;
const _errs153 = errors;
if(typeof data56 === "string"){
if(!pattern23.test(data56)){
const err109 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.status_page.properties.url.anyOf[0],data:data56};
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
const err110 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.url.anyOf[0].type,parentSchema:schema31.properties.status_page.properties.url.anyOf[0],data:data56};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid4 = _errs153 === errors;
valid50 = valid50 || _valid4;
const _errs155 = errors;
if(data56 !== null){
const err111 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.status_page.properties.url.anyOf[1].type,parentSchema:schema31.properties.status_page.properties.url.anyOf[1],data:data56};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
var _valid4 = _errs155 === errors;
valid50 = valid50 || _valid4;
if(!valid50){
const err112 = {instancePath:instancePath+"/status_page/url",schemaPath:"#/properties/status_page/properties/url/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.status_page.properties.url.anyOf,parentSchema:schema31.properties.status_page.properties.url,data:data56};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
}
}
if(data54.components !== undefined){
let data57 = data54.components;
if(Array.isArray(data57)){
const len9 = data57.length;
for(let i9=0; i9<len9; i9++){
let data58 = data57[i9];
if(typeof data58 === "string"){
if(func2(data58) < 1){
const err113 = {instancePath:instancePath+"/status_page/components/" + i9,schemaPath:"#/properties/status_page/properties/components/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.status_page.properties.components.items,data:data58};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/status_page/components/" + i9,schemaPath:"#/properties/status_page/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.status_page.properties.components.items.type,parentSchema:schema31.properties.status_page.properties.components.items,data:data58};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/status_page/components",schemaPath:"#/properties/status_page/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.status_page.properties.components.type,parentSchema:schema31.properties.status_page.properties.components,data:data57};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.history !== undefined){
let data59 = data54.history;
if(typeof data59 === "string"){
if(!pattern8.test(data59)){
const err116 = {instancePath:instancePath+"/status_page/history",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data59};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/status_page/history",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data59};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/status_page",schemaPath:"#/properties/status_page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.status_page.type,parentSchema:schema31.properties.status_page,data:data54};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.changes !== undefined){
let data60 = data.changes;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key16 in data60){
if(!((key16 === "window_before") || (key16 === "repos"))){
const err119 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.changes,data:data60};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data60.window_before !== undefined){
let data61 = data60.window_before;
if(typeof data61 === "string"){
if(!pattern8.test(data61)){
const err120 = {instancePath:instancePath+"/changes/window_before",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*[mhd]$"},message:"must match pattern \""+"^[1-9][0-9]*[mhd]$"+"\"",schema:"^[1-9][0-9]*[mhd]$",parentSchema:schema33,data:data61};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/changes/window_before",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data61};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data60.repos !== undefined){
let data62 = data60.repos;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key17 in data62){
let data63 = data62[key17];
if(typeof data63 === "string"){
if(!pattern18.test(data63)){
const err122 = {instancePath:instancePath+"/changes/repos/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema42,data:data63};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/changes/repos/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data63};
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
const err124 = {instancePath:instancePath+"/changes/repos",schemaPath:"#/properties/changes/properties/repos/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.changes.properties.repos.type,parentSchema:schema31.properties.changes.properties.repos,data:data62};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.changes.type,parentSchema:schema31.properties.changes,data:data60};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const incident = validate23;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/incident.schema.json","title":"sitrep incident","description":"Front matter of an incident file (incidents/INC-<n>.md). The file is the record; the issue's labels, assignees and status card are projections of it.","type":"object","additionalProperties":false,"required":["id","title","severity","status","type","issue","declared_at"],"$defs":{"timestamp":{"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$","description":"A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z."},"optionalTimestamp":{"description":"A UTC time in RFC 3339 at second precision, or null when it has not happened.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]},"login":{"description":"A GitHub login without the @, or null when the role is not held.","anyOf":[{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},{"type":"null"}]}},"properties":{"id":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The incident id, INC-<n> where <n> is the issue number; must match the file name."},"title":{"type":"string","minLength":1,"description":"One line that says what is broken, taken from the issue title."},"severity":{"type":"string","minLength":1,"description":"A severity defined in .github/sitrep.yml (P1, P2, P3 by default; P1 is the most severe)."},"status":{"enum":["triage","investigating","fixing","monitoring","resolved","closed","declined"],"description":"Where the incident is in its lifecycle: triage → investigating → fixing → monitoring → resolved → closed, or declined."},"type":{"enum":["incident","security"],"description":"incident for an outage or degradation; security for a security incident."},"issue":{"type":"integer","minimum":1,"description":"Number of the GitHub issue that is the incident's live channel."},"source":{"anyOf":[{"enum":["alert","customer","email","other"]},{"type":"null"}],"description":"How the incident was detected: alert, customer, email or other."},"services":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Affected services; used to route follow-ups (followups.routes)."},"customers":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Affected customers; their escalation contacts are shown on declaration."},"declared_at":{"$ref":"#/$defs/timestamp","description":"When the incident was declared (the issue's creation)."},"started_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the impact started, if known (from the form)."},"acknowledged_at":{"$ref":"#/$defs/optionalTimestamp","description":"First command or comment by someone other than the reporter, or the first role assignment."},"mitigated_at":{"$ref":"#/$defs/optionalTimestamp","description":"First entry into monitoring."},"resolved_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the incident was resolved; cleared by a reopen."},"closed_at":{"$ref":"#/$defs/optionalTimestamp","description":"When the postmortem was merged and follow-ups filed (or closed without one); cleared by a reopen."},"next_update_due":{"$ref":"#/$defs/optionalTimestamp","description":"When the next status update is due; null once the incident no longer owes updates."},"roles":{"type":"object","additionalProperties":false,"description":"Who holds each incident role; a role nobody holds may be left out (absent and null are the same). The coordinator holds every role not delegated.","properties":{"coordinator":{"$ref":"#/$defs/login","description":"Incident commander: owns the incident and talks to customers."},"operations":{"$ref":"#/$defs/login","description":"The one engineer debugging and changing systems."},"communications":{"$ref":"#/$defs/login","description":"Sends status updates on the cadence and keeps the log."}}},"postmortem":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"Path of the postmortem file or URL of its pull request, once it exists."},"followups":{"type":"array","items":{"type":"string","format":"uri","description":"URL of a follow-up issue, e.g. https://github.com/acme/checkout/issues/7."},"description":"URLs of the follow-up issues filed from the postmortem's action items."},"alert":{"type":["object","null"],"additionalProperties":false,"required":["key","source"],"description":"The alert group that declared this incident (SPEC 4.6); null or absent = none.","properties":{"key":{"type":"string","minLength":1,"description":"The group's dedup key: Alertmanager's groupKey, Grafana's group key or the generic key."},"source":{"enum":["alertmanager","grafana","generic"],"description":"Which relay route it came through."},"fingerprints":{"type":"array","items":{"type":"string","minLength":1},"description":"The alerts of the group firing at the last delivery."}}},"public":{"type":["object","null"],"additionalProperties":false,"description":"What the status page may show once a responder publishes (SPEC 4.9); null or absent = none.","properties":{"title":{"anyOf":[{"type":"string","minLength":1},{"type":"null"}],"description":"The title shown to customers instead of the internal one."},"components":{"type":"array","items":{"type":"string","minLength":1},"description":"The components shown as affected; default: the incident's services."}}},"caused_by":{"anyOf":[{"type":"array","items":{"type":"string","format":"uri","pattern":"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$","description":"URL of a pull request, e.g. https://github.com/acme/checkout/pull/12."}},{"type":"null"}],"description":"A list of pull request URLs (e.g. https://github.com/acme/checkout/pull/12): the changes that caused the incident, recorded by /inc cause"}}};
const schema51 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$","description":"A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z."};
const schema54 = {"description":"A GitHub login without the @, or null when the role is not held.","anyOf":[{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},{"type":"null"}]};
const pattern27 = new RegExp("^INC-[1-9][0-9]*$", "u");
const pattern28 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$", "u");
const pattern30 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
const pattern33 = new RegExp("^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$", "u");
const formats0 = runtime1["date-time"];
const formats4 = runtime1.uri;
const schema52 = {"description":"A UTC time in RFC 3339 at second precision, or null when it has not happened.","anyOf":[{"$ref":"#/$defs/timestamp"},{"type":"null"}]};

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
if(!pattern28.test(data)){
const err0 = {instancePath,schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$",parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(formats0.validate(data))){
const err1 = {instancePath,schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema51,data};
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
const err2 = {instancePath,schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data};
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
const err3 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema52.anyOf[1].type,parentSchema:schema52.anyOf[1],data};
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
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema52.anyOf,parentSchema:schema52,data};
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.severity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.type === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.issue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issue"},message:"must have required property '"+"issue"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.declared_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declared_at"},message:"must have required property '"+"declared_at"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema50.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
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
if(!pattern27.test(data0)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema50.properties.id,data:data0};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.id.type,parentSchema:schema50.properties.id,data:data0};
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
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.title,data:data1};
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
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.title.type,parentSchema:schema50.properties.title,data:data1};
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
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.severity,data:data2};
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
const err13 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.severity.type,parentSchema:schema50.properties.severity,data:data2};
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
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema50.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.status.enum,parentSchema:schema50.properties.status,data:data3};
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
const err15 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema50.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.type.enum,parentSchema:schema50.properties.type,data:data4};
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
const err16 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.issue.type,parentSchema:schema50.properties.issue,data:data5};
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
const err17 = {instancePath:instancePath+"/issue",schemaPath:"#/properties/issue/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.issue,data:data5};
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
const err18 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema50.properties.source.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema50.properties.source.anyOf[0].enum,parentSchema:schema50.properties.source.anyOf[0],data:data6};
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
const err19 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.source.anyOf[1].type,parentSchema:schema50.properties.source.anyOf[1],data:data6};
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
const err20 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema50.properties.source.anyOf,parentSchema:schema50.properties.source,data:data6};
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
const err21 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.services.items,data:data8};
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
const err22 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.services.items.type,parentSchema:schema50.properties.services.items,data:data8};
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
const err23 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema50.properties.services,data:data7};
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
const err24 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.services.type,parentSchema:schema50.properties.services,data:data7};
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
const err25 = {instancePath:instancePath+"/customers/" + i2,schemaPath:"#/properties/customers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.customers.items,data:data10};
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
const err26 = {instancePath:instancePath+"/customers/" + i2,schemaPath:"#/properties/customers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.customers.items.type,parentSchema:schema50.properties.customers.items,data:data10};
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
const err27 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema50.properties.customers,data:data9};
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
const err28 = {instancePath:instancePath+"/customers",schemaPath:"#/properties/customers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.customers.type,parentSchema:schema50.properties.customers,data:data9};
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
if(!pattern28.test(data11)){
const err29 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$",parentSchema:schema51,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(formats0.validate(data11))){
const err30 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema51,data:data11};
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
const err31 = {instancePath:instancePath+"/declared_at",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data11};
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
const err32 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.roles,data:data18};
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
if(!pattern30.test(data19)){
const err33 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema54.anyOf[0],data:data19};
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
const err34 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.anyOf[0].type,parentSchema:schema54.anyOf[0],data:data19};
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
const err35 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.anyOf[1].type,parentSchema:schema54.anyOf[1],data:data19};
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
const err36 = {instancePath:instancePath+"/roles/coordinator",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data:data19};
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
if(!pattern30.test(data20)){
const err37 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema54.anyOf[0],data:data20};
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
const err38 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.anyOf[0].type,parentSchema:schema54.anyOf[0],data:data20};
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
const err39 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.anyOf[1].type,parentSchema:schema54.anyOf[1],data:data20};
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
const err40 = {instancePath:instancePath+"/roles/operations",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data:data20};
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
if(!pattern30.test(data21)){
const err41 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema54.anyOf[0],data:data21};
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
const err42 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.anyOf[0].type,parentSchema:schema54.anyOf[0],data:data21};
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
const err43 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.anyOf[1].type,parentSchema:schema54.anyOf[1],data:data21};
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
const err44 = {instancePath:instancePath+"/roles/communications",schemaPath:"#/$defs/login/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.anyOf,parentSchema:schema54,data:data21};
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
const err45 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.properties.roles.type,parentSchema:schema50.properties.roles,data:data18};
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
const err46 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.postmortem.anyOf[0],data:data22};
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
const err47 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.postmortem.anyOf[0].type,parentSchema:schema50.properties.postmortem.anyOf[0],data:data22};
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
const err48 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.postmortem.anyOf[1].type,parentSchema:schema50.properties.postmortem.anyOf[1],data:data22};
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
const err49 = {instancePath:instancePath+"/postmortem",schemaPath:"#/properties/postmortem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema50.properties.postmortem.anyOf,parentSchema:schema50.properties.postmortem,data:data22};
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
const err50 = {instancePath:instancePath+"/followups/" + i4,schemaPath:"#/properties/followups/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema50.properties.followups.items,data:data24};
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
const err51 = {instancePath:instancePath+"/followups/" + i4,schemaPath:"#/properties/followups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.followups.items.type,parentSchema:schema50.properties.followups.items,data:data24};
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
const err52 = {instancePath:instancePath+"/followups",schemaPath:"#/properties/followups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.followups.type,parentSchema:schema50.properties.followups,data:data23};
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
const err53 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/type",keyword:"type",params:{type: schema50.properties.alert.type},message:"must be object,null",schema:schema50.properties.alert.type,parentSchema:schema50.properties.alert,data:data25};
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
const err54 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema50.properties.alert.required,parentSchema:schema50.properties.alert,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data25.source === undefined){
const err55 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema50.properties.alert.required,parentSchema:schema50.properties.alert,data:data25};
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
const err56 = {instancePath:instancePath+"/alert",schemaPath:"#/properties/alert/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.alert,data:data25};
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
const err57 = {instancePath:instancePath+"/alert/key",schemaPath:"#/properties/alert/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.alert.properties.key,data:data26};
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
const err58 = {instancePath:instancePath+"/alert/key",schemaPath:"#/properties/alert/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.alert.properties.key.type,parentSchema:schema50.properties.alert.properties.key,data:data26};
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
const err59 = {instancePath:instancePath+"/alert/source",schemaPath:"#/properties/alert/properties/source/enum",keyword:"enum",params:{allowedValues: schema50.properties.alert.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.alert.properties.source.enum,parentSchema:schema50.properties.alert.properties.source,data:data27};
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
const err60 = {instancePath:instancePath+"/alert/fingerprints/" + i5,schemaPath:"#/properties/alert/properties/fingerprints/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.alert.properties.fingerprints.items,data:data29};
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
const err61 = {instancePath:instancePath+"/alert/fingerprints/" + i5,schemaPath:"#/properties/alert/properties/fingerprints/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.alert.properties.fingerprints.items.type,parentSchema:schema50.properties.alert.properties.fingerprints.items,data:data29};
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
const err62 = {instancePath:instancePath+"/alert/fingerprints",schemaPath:"#/properties/alert/properties/fingerprints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.alert.properties.fingerprints.type,parentSchema:schema50.properties.alert.properties.fingerprints,data:data28};
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
const err63 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/type",keyword:"type",params:{type: schema50.properties.public.type},message:"must be object,null",schema:schema50.properties.public.type,parentSchema:schema50.properties.public,data:data30};
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
const err64 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema50.properties.public,data:data30};
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
const err65 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.public.properties.title.anyOf[0],data:data31};
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
const err66 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.public.properties.title.anyOf[0].type,parentSchema:schema50.properties.public.properties.title.anyOf[0],data:data31};
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
const err67 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.public.properties.title.anyOf[1].type,parentSchema:schema50.properties.public.properties.title.anyOf[1],data:data31};
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
const err68 = {instancePath:instancePath+"/public/title",schemaPath:"#/properties/public/properties/title/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema50.properties.public.properties.title.anyOf,parentSchema:schema50.properties.public.properties.title,data:data31};
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
const err69 = {instancePath:instancePath+"/public/components/" + i6,schemaPath:"#/properties/public/properties/components/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.properties.public.properties.components.items,data:data33};
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
const err70 = {instancePath:instancePath+"/public/components/" + i6,schemaPath:"#/properties/public/properties/components/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.public.properties.components.items.type,parentSchema:schema50.properties.public.properties.components.items,data:data33};
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
const err71 = {instancePath:instancePath+"/public/components",schemaPath:"#/properties/public/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.public.properties.components.type,parentSchema:schema50.properties.public.properties.components,data:data32};
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
if(data.caused_by !== undefined){
let data34 = data.caused_by;
const _errs92 = errors;
let valid26 = false;
const _errs93 = errors;
if(Array.isArray(data34)){
const len5 = data34.length;
for(let i7=0; i7<len5; i7++){
let data35 = data34[i7];
if(typeof data35 === "string"){
if(!pattern33.test(data35)){
const err72 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/pattern",keyword:"pattern",params:{pattern: "^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$"},message:"must match pattern \""+"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$"+"\"",schema:"^https?://[^/\\s]+/[^/\\s]+/[^/\\s]+/pull/[0-9]+/?$",parentSchema:schema50.properties.caused_by.anyOf[0].items,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(!(formats4(data35))){
const err73 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema50.properties.caused_by.anyOf[0].items,data:data35};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/caused_by/" + i7,schemaPath:"#/properties/caused_by/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.caused_by.anyOf[0].items.type,parentSchema:schema50.properties.caused_by.anyOf[0].items,data:data35};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.caused_by.anyOf[0].type,parentSchema:schema50.properties.caused_by.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid6 = _errs93 === errors;
valid26 = valid26 || _valid6;
const _errs97 = errors;
if(data34 !== null){
const err76 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema50.properties.caused_by.anyOf[1].type,parentSchema:schema50.properties.caused_by.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid6 = _errs97 === errors;
valid26 = valid26 || _valid6;
if(!valid26){
const err77 = {instancePath:instancePath+"/caused_by",schemaPath:"#/properties/caused_by/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema50.properties.caused_by.anyOf,parentSchema:schema50.properties.caused_by,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const postmortem = validate31;
const schema57 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/postmortem.schema.json","title":"sitrep postmortem","description":"Front matter of a postmortem file (postmortems/INC-<n>.md), added by pull request.","type":"object","additionalProperties":false,"required":["id","incident","severity","status","authors"],"properties":{"id":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The postmortem id: the incident id (INC-<n>), matching the file name."},"incident":{"type":"string","pattern":"^INC-[1-9][0-9]*$","description":"The incident this postmortem is about; its file must exist."},"title":{"type":"string","description":"The incident title at the time the postmortem was built."},"severity":{"type":"string","minLength":1,"description":"The incident's severity (a severity defined in .github/sitrep.yml)."},"status":{"enum":["draft","in-review","final"],"description":"draft while written, in-review once reviewers are asked, final when merged. A final postmortem needs a Root cause and an owner on every action item."},"authors":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","description":"A GitHub login without the @, e.g. alice."},"description":"GitHub logins (without @) of the people who wrote it; the incident's role holders by default."},"date":{"type":"string","format":"date","description":"The day the incident was declared (YYYY-MM-DD)."},"pull_request":{"anyOf":[{"type":"string","format":"uri"},{"type":"null"}],"description":"URL of the pull request that reviews this postmortem."}}};
const formats8 = runtime1.date;

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.incident === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "incident"},message:"must have required property '"+"incident"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.severity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.status === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.authors === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authors"},message:"must have required property '"+"authors"+"'",schema:schema57.required,parentSchema:schema57,data};
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
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
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
if(!pattern27.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema57.properties.id,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.id.type,parentSchema:schema57.properties.id,data:data0};
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
if(!pattern27.test(data1)){
const err8 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/pattern",keyword:"pattern",params:{pattern: "^INC-[1-9][0-9]*$"},message:"must match pattern \""+"^INC-[1-9][0-9]*$"+"\"",schema:"^INC-[1-9][0-9]*$",parentSchema:schema57.properties.incident,data:data1};
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
const err9 = {instancePath:instancePath+"/incident",schemaPath:"#/properties/incident/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.incident.type,parentSchema:schema57.properties.incident,data:data1};
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
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.title.type,parentSchema:schema57.properties.title,data:data2};
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
const err11 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.severity,data:data3};
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
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.severity.type,parentSchema:schema57.properties.severity,data:data3};
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
const err13 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema57.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.status.enum,parentSchema:schema57.properties.status,data:data4};
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
if(!pattern30.test(data6)){
const err14 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/properties/authors/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema57.properties.authors.items,data:data6};
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
const err15 = {instancePath:instancePath+"/authors/" + i0,schemaPath:"#/properties/authors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.authors.items.type,parentSchema:schema57.properties.authors.items,data:data6};
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
const err16 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.authors.type,parentSchema:schema57.properties.authors,data:data5};
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
const err17 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema57.properties.date,data:data7};
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
const err18 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.date.type,parentSchema:schema57.properties.date,data:data7};
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
const err19 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/0/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema57.properties.pull_request.anyOf[0],data:data8};
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
const err20 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.pull_request.anyOf[0].type,parentSchema:schema57.properties.pull_request.anyOf[0],data:data8};
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
const err21 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema57.properties.pull_request.anyOf[1].type,parentSchema:schema57.properties.pull_request.anyOf[1],data:data8};
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
const err22 = {instancePath:instancePath+"/pull_request",schemaPath:"#/properties/pull_request/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema57.properties.pull_request.anyOf,parentSchema:schema57.properties.pull_request,data:data8};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
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
const schema58 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://sitrep.dev/schemas/alert.schema.json","title":"sitrep alert","description":"The client_payload of a repository_dispatch with event_type sitrep-alert: one alert group, as sitrep relay forwards it (or as a monitoring system templates it to dispatch directly). At most 10 top-level keys and 65,535 characters serialized, as GitHub allows.","type":"object","additionalProperties":false,"maxProperties":10,"required":["version","source","key","status","alerts"],"properties":{"version":{"const":1,"description":"The payload format version: 1."},"source":{"enum":["alertmanager","grafana","generic"],"description":"What sent the alerts: alertmanager, grafana or generic."},"key":{"type":"string","minLength":1,"maxLength":1024,"description":"The group's dedup key (Alertmanager's groupKey, Grafana's groupKey, or the generic key), stored in the incident's alert.key; 1 to 1024 characters."},"status":{"enum":["firing","resolved"],"description":"firing while any alert of the group fires, else resolved."},"title":{"type":"string","maxLength":1024,"description":"A title chosen by the sender (the generic route's title); used when the group has no summary annotation."},"common_labels":{"$ref":"#/$defs/strings","description":"Labels every alert of the group has, name to value."},"common_annotations":{"$ref":"#/$defs/strings","description":"Annotations every alert of the group has (summary, description, runbook_url…), name to value."},"alerts":{"type":"array","items":{"$ref":"#/$defs/alert"},"description":"The group's alerts, firing ones first; may be fewer than counts.total when the group was too large to forward whole."},"counts":{"type":"object","additionalProperties":false,"required":["firing","resolved","total","truncated"],"properties":{"firing":{"type":"integer","minimum":0,"description":"Firing alerts in the group as sent."},"resolved":{"type":"integer","minimum":0,"description":"Resolved alerts in the group as sent."},"total":{"type":"integer","minimum":0,"description":"Alerts in the group, including any the sender or sitrep left out."},"truncated":{"type":"integer","minimum":0,"description":"Alerts left out of alerts (total minus the alerts listed)."}},"description":"How many alerts the group had, so a truncated group keeps its counts."},"external_url":{"type":"string","format":"uri","description":"The sender's own page (Alertmanager's or Grafana's external URL)."}},"$defs":{"strings":{"type":"object","additionalProperties":{"type":"string","description":"A label or annotation value."},"description":"Name to value, both strings."},"alert":{"type":"object","additionalProperties":false,"required":["fingerprint","status","labels","starts_at"],"properties":{"fingerprint":{"type":"string","minLength":1,"maxLength":256,"description":"Identifies the alert within the group across deliveries (Alertmanager's and Grafana's fingerprint; the generic key)."},"status":{"enum":["firing","resolved"],"description":"firing or resolved."},"labels":{"$ref":"#/$defs/strings","description":"The alert's labels, name to value."},"annotations":{"$ref":"#/$defs/strings","description":"The alert's annotations, name to value."},"starts_at":{"type":"string","format":"date-time","description":"When the alert started firing, RFC 3339 UTC."},"ends_at":{"type":"string","format":"date-time","description":"When a resolved alert stopped firing, RFC 3339 UTC."},"url":{"type":"string","format":"uri","description":"A link to the alert's source (Alertmanager's generatorURL, Grafana's rule, the generic url)."}},"description":"One alert of the group."}}};
const schema59 = {"type":"object","additionalProperties":{"type":"string","description":"A label or annotation value."},"description":"Name to value, both strings."};
const schema61 = {"type":"object","additionalProperties":false,"required":["fingerprint","status","labels","starts_at"],"properties":{"fingerprint":{"type":"string","minLength":1,"maxLength":256,"description":"Identifies the alert within the group across deliveries (Alertmanager's and Grafana's fingerprint; the generic key)."},"status":{"enum":["firing","resolved"],"description":"firing or resolved."},"labels":{"$ref":"#/$defs/strings","description":"The alert's labels, name to value."},"annotations":{"$ref":"#/$defs/strings","description":"The alert's annotations, name to value."},"starts_at":{"type":"string","format":"date-time","description":"When the alert started firing, RFC 3339 UTC."},"ends_at":{"type":"string","format":"date-time","description":"When a resolved alert stopped firing, RFC 3339 UTC."},"url":{"type":"string","format":"uri","description":"A link to the alert's source (Alertmanager's generatorURL, Grafana's rule, the generic url)."}},"description":"One alert of the group."};

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.labels === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.starts_at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "starts_at"},message:"must have required property '"+"starts_at"+"'",schema:schema61.required,parentSchema:schema61,data};
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
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
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
const err5 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema61.properties.fingerprint,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61.properties.fingerprint,data:data0};
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
const err7 = {instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.fingerprint.type,parentSchema:schema61.properties.fingerprint,data:data0};
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
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema61.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.status.enum,parentSchema:schema61.properties.status,data:data1};
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
const err9 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.additionalProperties.type,parentSchema:schema59.additionalProperties,data:data3};
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
const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data2};
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
const err11 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.additionalProperties.type,parentSchema:schema59.additionalProperties,data:data5};
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
const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data4};
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
const err13 = {instancePath:instancePath+"/starts_at",schemaPath:"#/properties/starts_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema61.properties.starts_at,data:data6};
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
const err14 = {instancePath:instancePath+"/starts_at",schemaPath:"#/properties/starts_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.starts_at.type,parentSchema:schema61.properties.starts_at,data:data6};
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
const err15 = {instancePath:instancePath+"/ends_at",schemaPath:"#/properties/ends_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema61.properties.ends_at,data:data7};
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
const err16 = {instancePath:instancePath+"/ends_at",schemaPath:"#/properties/ends_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.ends_at.type,parentSchema:schema61.properties.ends_at,data:data7};
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
const err17 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema61.properties.url,data:data8};
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
const err18 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.url.type,parentSchema:schema61.properties.url,data:data8};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
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
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.key === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.alerts === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "alerts"},message:"must have required property '"+"alerts"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema58.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
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
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema58.properties.version,data:data0};
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
const err8 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema58.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.source.enum,parentSchema:schema58.properties.source,data:data1};
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
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.key,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.key,data:data2};
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
const err11 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.key.type,parentSchema:schema58.properties.key,data:data2};
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
const err12 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema58.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.status.enum,parentSchema:schema58.properties.status,data:data3};
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
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema58.properties.title,data:data4};
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
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.title.type,parentSchema:schema58.properties.title,data:data4};
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
const err15 = {instancePath:instancePath+"/common_labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.additionalProperties.type,parentSchema:schema59.additionalProperties,data:data6};
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
const err16 = {instancePath:instancePath+"/common_labels",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data5};
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
const err17 = {instancePath:instancePath+"/common_annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/strings/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.additionalProperties.type,parentSchema:schema59.additionalProperties,data:data8};
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
const err18 = {instancePath:instancePath+"/common_annotations",schemaPath:"#/$defs/strings/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data:data7};
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
const err19 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.alerts.type,parentSchema:schema58.properties.alerts,data:data9};
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
const err20 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "firing"},message:"must have required property '"+"firing"+"'",schema:schema58.properties.counts.required,parentSchema:schema58.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11.resolved === undefined){
const err21 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "resolved"},message:"must have required property '"+"resolved"+"'",schema:schema58.properties.counts.required,parentSchema:schema58.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data11.total === undefined){
const err22 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema58.properties.counts.required,parentSchema:schema58.properties.counts,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11.truncated === undefined){
const err23 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/required",keyword:"required",params:{missingProperty: "truncated"},message:"must have required property '"+"truncated"+"'",schema:schema58.properties.counts.required,parentSchema:schema58.properties.counts,data:data11};
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
const err24 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58.properties.counts,data:data11};
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
const err25 = {instancePath:instancePath+"/counts/firing",schemaPath:"#/properties/counts/properties/firing/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.counts.properties.firing.type,parentSchema:schema58.properties.counts.properties.firing,data:data12};
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
const err26 = {instancePath:instancePath+"/counts/firing",schemaPath:"#/properties/counts/properties/firing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.counts.properties.firing,data:data12};
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
const err27 = {instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.counts.properties.resolved.type,parentSchema:schema58.properties.counts.properties.resolved,data:data13};
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
const err28 = {instancePath:instancePath+"/counts/resolved",schemaPath:"#/properties/counts/properties/resolved/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.counts.properties.resolved,data:data13};
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
const err29 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.counts.properties.total.type,parentSchema:schema58.properties.counts.properties.total,data:data14};
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
const err30 = {instancePath:instancePath+"/counts/total",schemaPath:"#/properties/counts/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.counts.properties.total,data:data14};
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
const err31 = {instancePath:instancePath+"/counts/truncated",schemaPath:"#/properties/counts/properties/truncated/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.counts.properties.truncated.type,parentSchema:schema58.properties.counts.properties.truncated,data:data15};
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
const err32 = {instancePath:instancePath+"/counts/truncated",schemaPath:"#/properties/counts/properties/truncated/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.counts.properties.truncated,data:data15};
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
const err33 = {instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.counts.type,parentSchema:schema58.properties.counts,data:data11};
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
const err34 = {instancePath:instancePath+"/external_url",schemaPath:"#/properties/external_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema58.properties.external_url,data:data16};
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
const err35 = {instancePath:instancePath+"/external_url",schemaPath:"#/properties/external_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.external_url.type,parentSchema:schema58.properties.external_url,data:data16};
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
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
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

