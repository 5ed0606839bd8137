import { mount } from "../mount.tsx";
import { CandidatesPage } from "../curator/CandidatesPage.tsx";

mount(<CandidatesPage />);
