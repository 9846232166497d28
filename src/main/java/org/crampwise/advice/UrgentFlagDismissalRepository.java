package org.crampwise.advice;

import org.springframework.data.jpa.repository.JpaRepository;

interface UrgentFlagDismissalRepository extends JpaRepository<UrgentFlagDismissal, Long> {

}
