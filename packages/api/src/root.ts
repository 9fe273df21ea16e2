import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { benchmarkReportRouter } from "./routers/benchmark-report";
import { benchmarkingRouter } from "./routers/benchmarking";
import { brokerageRouter } from "./routers/brokerage";
import { campaignRouter } from "./routers/campaign";
import { clusterRouter } from "./routers/cluster";
import { clusterPartnershipRouter } from "./routers/cluster-partnership";
import { dataRightsRouter } from "./routers/data-rights";
import { matchmakingRouter } from "./routers/matchmaking";
import { cooperationRouter } from "./routers/cooperation";
import { cooperationInterestRouter } from "./routers/cooperation-interest";
import { cooperationMeetingRouter } from "./routers/cooperation-meeting";
import { matchingWeightsRouter } from "./routers/matching-weights";
import { notificationRouter } from "./routers/notification";
import { eventRouter } from "./routers/event";
import { invitationRouter } from "./routers/invitation";
import { labelRouter } from "./routers/label";
import { membershipRouter } from "./routers/membership";
import { needRouter } from "./routers/need";
import { needsAnalysisRouter } from "./routers/needs-analysis";
import { organisationRouter } from "./routers/organisation";
import { prospectRouter } from "./routers/prospect";
import { reachRouter } from "./routers/reach";
import { referenceBenchmarkingRouter } from "./routers/reference-benchmarking";
import { serviceRouter } from "./routers/service";
import { taxonomyRouter } from "./routers/taxonomy";
import { createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  cluster: clusterRouter,
  organisation: organisationRouter,
  invitation: invitationRouter,
  admin: adminRouter,
  event: eventRouter,
  brokerage: brokerageRouter,
  need: needRouter,
  campaign: campaignRouter,
  service: serviceRouter,
  needsAnalysis: needsAnalysisRouter,
  prospect: prospectRouter,
  reach: reachRouter,
  membership: membershipRouter,
  cooperation: cooperationRouter,
  clusterPartnership: clusterPartnershipRouter,
  matchmaking: matchmakingRouter,
  cooperationMeeting: cooperationMeetingRouter,
  cooperationInterest: cooperationInterestRouter,
  matchingWeights: matchingWeightsRouter,
  notification: notificationRouter,
  benchmarking: benchmarkingRouter,
  taxonomy: taxonomyRouter,
  benchmarkReport: benchmarkReportRouter,
  referenceBenchmarking: referenceBenchmarkingRouter,
  label: labelRouter,
  dataRights: dataRightsRouter,
});

export type AppRouter = typeof appRouter;
