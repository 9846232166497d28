package org.crampwise.clinician;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class InviteClaimRacePostgresTests extends InviteClaimRaceContract {

}
