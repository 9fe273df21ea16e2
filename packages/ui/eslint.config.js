import react from "@clusterwerk/eslint-config/react";

export default react;
