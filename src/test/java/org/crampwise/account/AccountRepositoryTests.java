package org.crampwise.account;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class AccountRepositoryTests extends AccountRepositoryContract {

}
