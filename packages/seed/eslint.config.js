import base from "@clusterwerk/eslint-config";

export default base;
