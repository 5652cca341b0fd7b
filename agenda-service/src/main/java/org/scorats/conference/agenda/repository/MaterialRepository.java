package org.scorats.conference.agenda.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.scorats.conference.agenda.domain.TalkMaterial;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Talks' materials, and their bytes, which only a download reads. */
@ApplicationScoped
public class MaterialRepository implements PanacheRepositoryBase<TalkMaterial, UUID> {

    public List<TalkMaterial> ofTalk(UUID talkId) {
        return list("talkId = ?1 ORDER BY createdAt, id", talkId);
    }

    public List<TalkMaterial> ofTalks(Collection<UUID> talkIds) {
        return talkIds.isEmpty() ? List.of() : list("talkId IN ?1 ORDER BY createdAt, id", talkIds);
    }

    public void storeContent(UUID materialId, byte[] content) {
        getEntityManager().createNativeQuery("INSERT INTO talk_material_content (material_id, content) VALUES (:id, :content)")
                .setParameter("id", materialId)
                .setParameter("content", content)
                .executeUpdate();
    }

    public byte[] content(UUID materialId) {
        return (byte[]) getEntityManager().createNativeQuery("SELECT content FROM talk_material_content WHERE material_id = :id")
                .setParameter("id", materialId)
                .getSingleResult();
    }
}
