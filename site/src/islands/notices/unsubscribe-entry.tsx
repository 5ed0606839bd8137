import { mountInto } from "./mount.tsx";
import { UnsubscribePage } from "./UnsubscribePage.tsx";

const root = document.getElementById("utp-unsubscribe");
if (root) mountInto(root, <UnsubscribePage token={new URLSearchParams(location.search).get("token") ?? ""} />);
