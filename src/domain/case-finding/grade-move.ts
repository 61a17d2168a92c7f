import { OFSTED_GRADE_LABELS, type OfstedGrade } from './grades.js';

/** "Good → Outstanding", or "Good, unchanged" when moderation kept the auditor's grade. */
export function gradeMove(from: OfstedGrade, to: OfstedGrade): string {
  return from === to
    ? `${OFSTED_GRADE_LABELS[from]}, unchanged`
    : `${OFSTED_GRADE_LABELS[from]} → ${OFSTED_GRADE_LABELS[to]}`;
}
