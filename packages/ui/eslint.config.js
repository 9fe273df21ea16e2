import react from "@clusterwerk/eslint-config/react";
import { boundaries } from "@clusterwerk/eslint-config/boundaries";

export default [...react, ...boundaries("ui")];
