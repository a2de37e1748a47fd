/** The example offered on the page. */
export const EXAMPLE_JD = `PARALEGAL

Responsibilities:
- Draft and proofread legal documents, contracts and correspondence.
- Conduct legal research using online databases; summarize case law for attorneys.
- Maintain case files and the matter management database.
- Schedule depositions, hearings and client meetings.
- Prepare exhibits and trial binders.

You will also answer questions from clients by phone and email. Occasionally you will file documents in person at the county courthouse.
`;
