// A frontend's use of the three services' types, as openapi-typescript generates them from the OpenAPI
// documents, type-checked with strict null checks by typescript-check.sh. A line marked @ts-expect-error
// must fail to compile: it assumes a value is always there where the contract says it can be null.
import type { components as Referrals } from "./referrals";
import type { components as Outcomes } from "./outcomes";
import type { components as Reporting } from "./reporting";

type NewReferral = Referrals["schemas"]["NewReferral"];
type Referral = Referrals["schemas"]["Referral"];
type PartnerReferral = Referrals["schemas"]["PartnerReferral"];
type Assessment = Outcomes["schemas"]["Assessment"];
type SummaryReport = Reporting["schemas"]["SummaryReport"];
type Problem = Referrals["schemas"]["Problem"];

// The intake body of docs/partners.md.
export const intake: NewReferral = {
  referrer: { name: "Sam Taylor", role: "HEALTH_VISITOR", organisation: "Didcot health visiting team", phone: "01235 000000" },
  parents: [{ givenName: "Alex", familyName: "Example", dateOfBirth: "1994-05-17", postcode: "OX11 7HJ" }],
  baby: { dateOfBirth: "2024-08-01" },
  concerns: ["ANXIETY", "BIRTH_TRAUMA"],
  details: "Difficult birth; very anxious since.",
  consent: { given: true, date: "2024-11-25" },
  fundingStream: "DIDCOT_POWERHOUSE",
};

export const unknownConcern: NewReferral = {
  ...intake,
  // @ts-expect-error a concern the service does not know
  concerns: ["HAPPY"],
};

// What never is null is typed so: required and without null.
export function version(referral: Referral): number {
  return referral.version;
}
export function partnerVersion(referral: PartnerReferral): number {
  return referral.version;
}
export function problemTitle(problem: Problem): string {
  return `${problem.status} ${problem.title}`;
}

// What can be null says so: a reader must handle it.
export function therapist(referral: Referral): string {
  return referral.allocatedTherapist ?? "not allocated yet";
}
export function closedOn(referral: Referral): string | undefined {
  // @ts-expect-error closedOn is null until the episode closes
  return referral.closedOn;
}
export function firstSessionOn(referral: PartnerReferral): string | undefined {
  // @ts-expect-error firstSessionOn is null until the first session
  return referral.firstSessionOn;
}
export function closureReason(referral: Referral): Referrals["schemas"]["ClosureReason"] | undefined {
  // @ts-expect-error closureReason is null unless the episode closed
  return referral.closureReason;
}
export function dueDate(referral: Referral): string | undefined {
  // @ts-expect-error a baby born has no due date
  return referral.baby?.dueDate;
}
export function nhsNumber(referral: Referral): string | undefined {
  // @ts-expect-error the NHS number is optional
  return referral.parents?.[0]?.nhsNumber;
}
export function referrerName(referral: Referral): string | undefined {
  // @ts-expect-error a self-referral has no referrer's name
  return referral.referrer?.name;
}
export function erasedAt(referral: Referral): string | undefined {
  // @ts-expect-error erasedAt is null unless the family's data was erased
  return referral.erasedAt;
}
export function total(assessment: Assessment): number | undefined {
  // @ts-expect-error a satisfaction questionnaire has no total
  return assessment.total;
}
export function dataAsOf(report: SummaryReport): string | undefined {
  // @ts-expect-error null until both feeds were read once
  return report.dataAsOf;
}
export function closureReasons(): Array<Referrals["schemas"]["ClosureReason"]> {
  return ["COMPLETED", "DID_NOT_ENGAGE", "MOVED_AWAY", "REFERRED_ON", "OTHER"];
}
