package org.crampwise.profile;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ProfileRepositoryTests extends ProfileRepositoryContract {

}
