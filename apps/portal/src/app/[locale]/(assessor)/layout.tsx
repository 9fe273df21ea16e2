export { SignedInLayout as default } from "~/server/signed-in-layout";
