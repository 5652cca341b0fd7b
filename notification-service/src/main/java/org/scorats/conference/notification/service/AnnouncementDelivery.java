package org.scorats.conference.notification.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an announcement's notices stand, one per recipient: its mail still to go out (within the
 * burst window, or queued), sent, failed and to be retried, or dead (an organizer may resend it);
 * and how many recipients have read it in their inbox.
 */
@Schema(name = "AnnouncementDelivery")
public record AnnouncementDelivery(int pending, int sent, int failed, int dead, int read) {

    static final AnnouncementDelivery NONE = new AnnouncementDelivery(0, 0, 0, 0, 0);
}
