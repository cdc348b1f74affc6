/** A problem in a user's file, located for editors and GitHub annotations. */
export interface Diagnostic {
  path: string;
  line: number;
  column: number;
  message: string;
}

/** `path:line:column: message`, the form compilers and editors understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.column}: ${d.message}`;
}

/** A GitHub workflow command that annotates the file in the pull request and run summary. */
export function formatAnnotation(d: Diagnostic): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${escapeProperty(d.path)},line=${d.line},col=${d.column}::${escapeData(d.message)}`;
}
