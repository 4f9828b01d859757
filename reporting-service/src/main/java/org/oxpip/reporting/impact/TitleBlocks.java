package org.oxpip.reporting.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.oxpip.platform.versions.Versions;

/** The title blocks managers keep, one per funding stream, changed only by naming the version read. */
@ApplicationScoped
public class TitleBlocks {

    /** A title block after a change, and whether the change created it. */
    record Saved(TitleBlockView block, boolean created) {}

    @Transactional
    public Optional<TitleBlockView> find(String fundingStream) {
        return TitleBlock.<TitleBlock>findByIdOptional(fundingStream).map(TitleBlockView::of);
    }

    /**
     * Writes a stream's title block. The first one needs no If-Match (there is no version to name);
     * every later one names the version it changes, under the row's lock, so of two managers editing at
     * once the second hears 412 instead of silently undoing the first.
     */
    @Transactional
    Saved save(String fundingStream, Integer expectedVersion, TitleBlockText text, Instant now) {
        TitleBlock block = TitleBlock.findById(fundingStream, LockModeType.PESSIMISTIC_WRITE);
        boolean created = block == null;
        if (created) {
            if (expectedVersion != null) {
                // It never existed, or the caller read it from somewhere else: nothing it could have read is current.
                throw Versions.stale();
            }
            block = new TitleBlock();
            block.fundingStream = fundingStream;
        } else if (expectedVersion == null) {
            throw Versions.required();
        } else {
            Versions.requireCurrent(block.version, expectedVersion);
        }
        block.projectTitle = text.projectTitle().strip();
        block.funderName = text.funderName().strip();
        block.description = text.description().strip();
        block.area = text.area().strip();
        block.updatedAt = now;
        try {
            block.persistAndFlush();
        } catch (PersistenceException e) {
            // Another manager created the same stream's block a moment earlier: theirs stands.
            throw Versions.stale();
        }
        return new Saved(TitleBlockView.of(block), created);
    }
}
