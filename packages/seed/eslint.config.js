import base from "@clusterwerk/eslint-config";
import { boundaries } from "@clusterwerk/eslint-config/boundaries";

export default [...base, ...boundaries("seed")];
