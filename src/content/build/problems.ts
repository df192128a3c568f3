/** A content defect, named the way an editor can act on it: which file, which field, why. */
export interface Problem {
  file: string;
  field: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.reason}`;
}
