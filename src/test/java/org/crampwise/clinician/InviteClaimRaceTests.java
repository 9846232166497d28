package org.crampwise.clinician;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class InviteClaimRaceTests extends InviteClaimRaceContract {

}
