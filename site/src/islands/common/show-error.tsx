import { mount } from "./mount.tsx";
import { Fatal } from "./session.tsx";

/** Shows an error where the page's content would be (the login callback, when the login failed). */
export function showError(error: unknown): void {
  mount(<Fatal error={error} />);
}
