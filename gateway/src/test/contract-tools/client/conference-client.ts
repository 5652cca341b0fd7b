// What a schedule app and a partner's system write against the client generated from
// docs/openapi.yaml (openapi-typescript types, openapi-fetch calls). ContractToolsTest compiles it
// with tsc --strict: it must compile as it is, without a cast, against the committed contract.
import createClient from "openapi-fetch";
import type { paths } from "./api";

const api = createClient<paths>({ baseUrl: "https://conference.example" });

/** The published program in Chinese: each session as "date title", as a schedule app lists them. */
export async function chineseSessionTitles(conferenceId: string): Promise<string[]> {
  const { data, error } = await api.GET("/api/v1/conferences/{conferenceId}/program", {
    params: { path: { conferenceId }, query: { lang: "zh" } },
  });
  if (error !== undefined) {
    throw new Error(`The program of ${conferenceId} is not readable: ${error.code} ${error.detail ?? ""}`);
  }
  return (data.days ?? []).flatMap((day) => (day.sessions ?? []).map((session) => `${day.date} ${session.title}`));
}

/** A partner system keeps one of its delegates in step by its own id; answers how it went. */
export async function upsertDelegate(conferenceId: string, externalId: string, token: string): Promise<string> {
  const { data, error, response } = await api.PUT(
    "/api/v1/conferences/{conferenceId}/organizations/{organizationCode}/participants/{externalId}",
    {
      params: { path: { conferenceId, organizationCode: "CIS-ATC", externalId } },
      headers: { Authorization: `Bearer ${token}` },
      body: {
        givenName: "Иван", familyName: "Петров", givenNameLatin: "Ivan", familyNameLatin: "Petrov",
        email: "i.petrov@example.org", language: "ru", role: "delegate", attendance: "in-person",
        privacyConsent: true,
      },
    },
  );
  if (error !== undefined) {
    const fields = (error.errors ?? []).map((e) => `${e.field}: ${e.message}`).join("; ");
    throw new Error(`The upsert was refused (${error.status} ${error.code}): ${fields}`);
  }
  return `${response.headers.get("Sync-Result")} ${data.id} version ${data.version}`;
}
