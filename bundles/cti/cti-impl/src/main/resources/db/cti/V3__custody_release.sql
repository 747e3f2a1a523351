-- The participant's latest release from custody, as a host-system adapter reported it. Kept apart from the enrollments
-- because a release can arrive before CTI has the enrollment, or while it is only a referral (released from jail on the
-- day the referral is accepted): the release is applied when the enrollment is copied or opens.
CREATE TABLE cti_custody_release (
  participant_id VARCHAR(36) NOT NULL PRIMARY KEY,
  release_date DATE NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);
