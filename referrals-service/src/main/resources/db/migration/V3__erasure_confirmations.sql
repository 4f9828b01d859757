-- Which services have erased their copy of an erased referral's personal data (the erasure protocol:
-- each service pulls the erasures it has not confirmed, erases locally, then confirms). One row per
-- referral and service; the first confirmation is kept, a repeat changes nothing.
CREATE TABLE erasure_confirmation (
    referral_id   uuid        NOT NULL REFERENCES referral (id),
    service       text        NOT NULL,   -- the confirming service's client id (its token's azp)
    confirmed_at  timestamptz NOT NULL,
    PRIMARY KEY (referral_id, service)
);

-- Referrals erased before the protocol existed were erased here at that moment.
INSERT INTO erasure_confirmation (referral_id, service, confirmed_at)
SELECT id, 'referrals-service', erased_at FROM referral WHERE erased_at IS NOT NULL;

-- "Erased referrals this service has not confirmed", oldest erasure first.
CREATE INDEX referral_erased_idx ON referral (erased_at, id) WHERE erased_at IS NOT NULL;
