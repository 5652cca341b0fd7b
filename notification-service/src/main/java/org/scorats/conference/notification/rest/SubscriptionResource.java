package org.scorats.conference.notification.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.scorats.conference.conventions.paging.Page;
import org.jboss.resteasy.reactive.RestResponse;
import org.scorats.conference.notification.service.SubscriptionRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scorats.conference.conventions.http.EntityVersions;
import org.scorats.conference.conventions.http.IdempotencyKeys;
import org.scorats.conference.conventions.paging.PageRequest;
import org.scorats.conference.conventions.paging.PageResponses;
import org.scorats.conference.conventions.security.Caller;
import org.scorats.conference.conventions.security.Role;
import org.scorats.conference.notification.domain.WebhookSubscription;
import org.scorats.conference.notification.service.WebhookDeliveryLog;
import org.scorats.conference.notification.service.SecretRotation;
import org.scorats.conference.notification.service.SubscriptionService;
import org.scorats.conference.notification.service.SubscriptionUpdate;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTNER, Role.ORGANIZER, Role.ADMIN})
@Tag(name = "Webhook subscriptions", description = "Where a partner organization receives signed events about its own people")
public class SubscriptionResource {

    private final SubscriptionService service;
    private final WebhookDeliveryLog deliveries;
    private final IdempotencyKeys idempotency;
    private final Caller caller;

    SubscriptionResource(SubscriptionService service, WebhookDeliveryLog deliveries, IdempotencyKeys idempotency,
                         Caller caller) {
        this.service = service;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/webhook-subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe an endpoint to event types",
            description = "The URL must be http(s), without credentials, and not on an internal network. "
                    + "Without a secret one is generated and returned in this answer only (not in a replay "
                    + "of it by Idempotency-Key: send your own secret to be safe against a lost answer).")
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Valid @NotNull SubscriptionRequest request) {
        return idempotency.once(idempotencyKey, caller.subject(), "POST /api/v1/webhook-subscriptions", request, () -> {
            SubscriptionService.Created created = service.create(request);
            WebhookSubscription s = created.subscription();
            return Response.created(URI.create("/api/v1/webhook-subscriptions/" + s.id))
                    .tag(EntityVersions.etag(s.version))
                    .entity(SubscriptionView.of(s).withSecret(created.generatedSecret()))
                    .build();
        }, id -> get(UUID.fromString(id)));
    }

    @GET
    @Path("/webhook-subscriptions")
    @Operation(operationId = "listWebhookSubscriptions",
            summary = "List subscriptions", description = "A partner sees its own; organizers all")
    public RestResponse<Page<SubscriptionView>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(service.page(PageRequest.of(limit, cursor)).map(SubscriptionView::of), uri);
    }

    @GET
    @Path("/webhook-subscriptions/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "Read a subscription",
            description = "One subscription: URL, event types, whether it is active or paused after failures, and "
                    + "until when.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response get(@PathParam("id") UUID id) {
        WebhookSubscription s = service.get(id);
        return Response.ok(SubscriptionView.of(s)).tag(EntityVersions.etag(s.version)).build();
    }

    @PUT
    @Path("/webhook-subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookSubscription", summary = "Change the URL and event types, switch it off or on",
            description = "Replaces the URL (checked as at creation) and the event types, and switches deliveries off "
                    + "(`active` false) or on again, after a 410 Gone too: switched on, it starts with no failures "
                    + "counted and no pause. Events published while it was off are not sent later (read the change "
                    + "feed). Send If-Match with the subscription's ETag. A partner changes only its own "
                    + "organization's.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull SubscriptionUpdate update) {
        WebhookSubscription s = service.update(id, update, ifMatch);
        return Response.ok(SubscriptionView.of(s)).tag(EntityVersions.etag(s.version)).build();
    }

    @POST
    @Path("/webhook-subscriptions/{id}/secret-rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Sign with a new secret, the old one beside it for a day",
            description = "From now on deliveries are signed with the new secret and, for 24 hours "
                    + "(`notification.webhooks.secret-overlap`), with the replaced one too: `webhook-signature` "
                    + "carries both, the new one first, so the receiver can switch to the new secret at any moment "
                    + "in that time without refusing a delivery (`previousSecretSigningUntil` says until when). "
                    + "Without a secret one is generated and returned in this answer only. A partner rotates only "
                    + "its own organization's.")
    @APIResponse(responseCode = "200", description = "Rotated",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response rotateSecret(@PathParam("id") UUID id, @Valid @NotNull SecretRotation rotation) {
        SubscriptionService.Created rotated = service.rotateSecret(id, rotation);
        WebhookSubscription s = rotated.subscription();
        return Response.ok(SubscriptionView.of(s).withSecret(rotated.generatedSecret())).tag(EntityVersions.etag(s.version))
                .build();
    }

    @GET
    @Path("/webhook-subscriptions/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "The subscription's deliveries, newest first, each with its attempts",
            description = "The subscription's deliveries, newest first, each with its attempts: status code, "
                    + "duration and error. Cursor-paged: start without a cursor, then pass nextCursor until it "
                    + "is absent; limit 1 to 200.")
    public RestResponse<Page<WebhookDeliveryView>> deliveries(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
                               @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageResponses.ok(deliveries.ofSubscription(id, PageRequest.of(limit, cursor)).map(WebhookDeliveryView::of), uri);
    }

    @POST
    @Path("/webhook-deliveries/{id}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again, whatever became of it",
            description = "Queues a webhook delivery to be sent again now, whatever became of it, signed as before "
                    + "with the same webhook-id, so a receiver that has it already can drop it. A partner "
                    + "redelivers only its own organization's.")
    public WebhookDeliveryView redeliver(@PathParam("id") UUID id) {
        return WebhookDeliveryView.of(deliveries.redeliver(id));
    }

    @DELETE
    @Path("/webhook-subscriptions/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Unsubscribe",
            description = "Ends a subscription: no more deliveries are made to its URL. A partner ends only its own "
                    + "organization's.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
