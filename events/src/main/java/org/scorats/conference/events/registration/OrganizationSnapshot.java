package org.scorats.conference.events.registration;

import java.util.Map;

/**
 * @param kind    member-state, observer-state, dialogue-partner, international-organization, academia or other
 * @param country ISO 3166-1 alpha-2, where the organization belongs to one country
 */
public record OrganizationSnapshot(String code, Map<String, String> name, String kind, String country, long version) {
}
