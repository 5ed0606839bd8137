import { mount } from "../common/mount.tsx";
import { UnsubscribePage } from "./UnsubscribePage.tsx";

mount(<UnsubscribePage token={new URLSearchParams(location.search).get("token") ?? ""} />, "utp-unsubscribe");
