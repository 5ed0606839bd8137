import { mount } from "../common/mount.tsx";
import { CandidatesPage } from "./CandidatesPage.tsx";

mount(<CandidatesPage />);
