/** The key of an event in the corpus: its article's id and its record's id (ids are scoped by article). */
export const eventKey = (article: string, event: string) => `${article}/${event}`;
