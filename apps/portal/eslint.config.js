import react from "@clusterwerk/eslint-config/react";

export default [...react, { ignores: ["next-env.d.ts", ".next/**"] }];
