package org.scorats.conference.registration.service;

import org.scorats.conference.conventions.problem.ProblemException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Which registration uses which email at one conference (an email is one person's there). A single
 * registration asks the database; a partner's batch loads the emails of all its items in one query
 * and keeps the map current as its items are applied, so an email taken by an earlier item of the
 * same batch is taken for the later ones too.
 */
abstract class EmailsInUse {

    /**
     * Whether a refusal may say that the address is registered: only to organizers. Anyone else
     * would learn who registered elsewhere, in another organization's delegation.
     */
    private final boolean namesHolder;

    private EmailsInUse(boolean namesHolder) {
        this.namesHolder = namesHolder;
    }

    /** Asks the database each time: whether someone other than {@code exceptId} uses the email. */
    interface Lookup {
        boolean taken(String email, UUID exceptId);
    }

    static EmailsInUse lookedUp(Lookup lookup, boolean namesHolder) {
        return new EmailsInUse(namesHolder) {
            @Override
            boolean taken(String email, UUID exceptId) {
                return lookup.taken(email, exceptId);
            }
        };
    }

    /** @param holders who uses each email now, the emails in any case */
    static EmailsInUse known(Map<String, UUID> holders, boolean namesHolder) {
        Map<String, UUID> byEmail = new HashMap<>();
        holders.forEach((email, id) -> byEmail.put(key(email), id));
        return new EmailsInUse(namesHolder) {
            @Override
            boolean taken(String email, UUID exceptId) {
                UUID holder = byEmail.get(key(email));
                return holder != null && !holder.equals(exceptId);
            }

            @Override
            void moved(String from, String to, UUID id) {
                if (from != null && id.equals(byEmail.get(key(from)))) {
                    byEmail.remove(key(from));
                }
                byEmail.put(key(to), id);
            }
        };
    }

    abstract boolean taken(String email, UUID exceptId);

    /** The registration {@code id} now uses {@code to} instead of {@code from} (null: it is new). */
    void moved(String from, String to, UUID id) {
        // the database knows once the change is flushed
    }

    final void use(String email, UUID id) {
        moved(null, email, id);
    }

    final void requireFree(String email, UUID exceptId) {
        if (taken(email.strip(), exceptId)) {
            throw ProblemException.conflict("email-taken", namesHolder ? "Someone is registered with " + email.strip() + " already"
                    : "This email address cannot be used for this registration; the conference's organizers can say why");
        }
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
