/** Where the register form keeps its state in the browser (shared by the page and the lazily loaded form). */
export const DRAFT_KEY = (office: string) => `utp:draft:${office}`;
export const PENDING_KEY = "utp:pending-form";
