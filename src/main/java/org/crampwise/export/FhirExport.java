package org.crampwise.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeDetail;
import org.crampwise.episode.EpisodeService;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Medication;
import org.crampwise.profile.MedicationCatalog;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;

/**
 * The range as a FHIR R4 {@code Bundle} of type {@code collection} (HAPI FHIR), following the HL7 Symptoms IG as
 * clinical-reference.md section 5 describes it:
 * <ul>
 * <li>one pseudonymous {@code Patient} (the username as a name of use {@code anonymous}, the birth year if given);
 * <li>one {@code Observation} per episode: code LOINC 75325-1 "Symptom", value SNOMED 55300003 "Cramp" (plus the
 * pre-coordinated 449918009 "Cramp in lower leg", {@code userSelected}, for a calf cramp), bodySite, the episode as
 * {@code effectivePeriod}, the patient as subject and performer, and components for the 0-10 severity (LOINC
 * 72514-3, left out when not rated), the triggers of that night (100752-5) and the reliefs tried (100753-3);
 * <li>one {@code MedicationStatement} per medication taken during the range;
 * <li>one {@code Observation} per finished personal experiment with a night in the range (category therapy; the
 * risk ratio as the value, the verdict as the interpretation, the counts, adherence and interval as components);
 * <li>a {@code Provenance} naming the patient as the author and the source of everything.
 * </ul>
 * Every entry has a stable {@code urn:uuid} full URL (a name-based UUID of the account and the record), so the same
 * record has the same URL in every export and references never dangle. Texts are in English: the bundle is data.
 */
@Component
class FhirExport {

	static final String LOINC = "http://loinc.org";

	static final String SNOMED = "http://snomed.info/sct";

	static final String UCUM = "http://unitsofmeasure.org";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	static final String MEDICATION_STATEMENT_CATEGORY = "http://terminology.hl7.org/CodeSystem/medication-statement-category";

	static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

	static final String SYMPTOM = "75325-1";

	static final String SEVERITY = "72514-3";

	static final String TRIGGERS = "100752-5";

	static final String ALLEVIATING = "100753-3";

	static final String CRAMP = "55300003";

	static final String CRAMP_IN_LOWER_LEG = "449918009";

	static final String CALF_STRUCTURE = "53840002";

	/** Made on the first FHIR export, not at start-up (see {@link FhirConfiguration}). */
	private final ObjectProvider<FhirContext> fhir;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	private final ProfileService profiles;

	private final MedicationService medications;

	private final MedicationCatalog catalog;

	private final NightlyFactors factors;

	private final AdviceSettings settings;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final ReportBuilder reports;

	FhirExport(ObjectProvider<FhirContext> fhir, EpisodeService episodes, CheckInService checkIns, ProfileService profiles,
			MedicationService medications, MedicationCatalog catalog, NightlyFactors factors,
			AdviceSettings settings, Accounts accounts, MessageSource messages, Clock clock, ReportBuilder reports) {
		this.reports = reports;
		this.fhir = fhir;
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.profiles = profiles;
		this.medications = medications;
		this.catalog = catalog;
		this.factors = factors;
		this.settings = settings;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	/** The bundle as FHIR JSON. */
	String json(AccountId owner, ExportRange range) {
		return this.fhir.getObject().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(owner, range));
	}

	Bundle bundle(AccountId owner, ExportRange range) {
		Date now = Date.from(this.clock.instant());
		Map<Resource, String> urls = new LinkedHashMap<>();

		Patient patient = patient(owner);
		String patientUrl = url(owner, "patient", 0);
		urls.put(patient, patientUrl);

		List<Medication> taken = this.medications.medications(owner)
			.stream()
			.filter(medication -> medication.isTakenDuring(range.from(), range.to()))
			.toList();
		Map<LocalDate, CheckIn> checkInsByNight = new LinkedHashMap<>();
		this.checkIns.checkInsBetween(owner, range.from(), range.to())
			.forEach(checkIn -> checkInsByNight.put(checkIn.nightOf(), checkIn));
		this.episodes.forEachEpisodeBetween(owner, range.from(), range.to(), episode -> {
			String url = url(owner, "episode", episode.id());
			urls.put(observation(episode, url, patientUrl, checkInsByNight.get(episode.nightOf()), taken), url);
		});
		for (Medication medication : taken) {
			urls.put(medicationStatement(medication, patientUrl), url(owner, "medication", medication.id()));
		}
		Locale locale = LocaleContextHolder.getLocale();
		for (ClinicianReport.ExperimentLine experiment : this.reports.experiments(owner, range,
				new ReportBuilder.Texts(this.messages, locale))) {
			if (experiment.result() != null) {
				String url = url(owner, "experiment", experiment.id());
				urls.put(experiment(experiment, experiment.result(), url, patientUrl), url);
			}
		}
		Provenance provenance = provenance(patientUrl, urls.values(), now);
		urls.put(provenance, "urn:uuid:" + UUID.randomUUID());

		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));
		bundle.setTimestamp(now);
		urls.forEach((resource, url) -> bundle.addEntry().setFullUrl(url).setResource(resource));
		return bundle;
	}

	private Patient patient(AccountId owner) {
		Patient patient = new Patient();
		patient.addName(new HumanName().setUse(HumanName.NameUse.ANONYMOUS)
			.setText(this.accounts.summary(owner).username()));
		HealthProfile profile = this.profiles.profile(owner);
		if (profile.birthYear() != null) {
			patient.setBirthDateElement(new DateType(String.format(Locale.ROOT, "%04d", profile.birthYear())));
		}
		return narrated(patient, text("export.fhir.narrative.patient", patient.getNameFirstRep().getText()));
	}

	private Observation observation(Episode episode, String url, String patientUrl, @Nullable CheckIn checkIn,
			List<Medication> medications) {
		Observation observation = new Observation();
		observation.addIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(url));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
		observation.setCode(new CodeableConcept(new Coding(LOINC, SYMPTOM, "Symptom")).setText("Symptom"));
		observation.setSubject(new Reference(patientUrl));
		observation.addPerformer(new Reference(patientUrl));
		observation.setEffective(new Period()
			.setStartElement(new DateTimeType(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(episode.startedAt())))
			.setEndElement(new DateTimeType(DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(episode.startedAt().plusSeconds(episode.durationSeconds())))));

		boolean calf = episode.isGiven(EpisodeDetail.MUSCLE) && episode.muscle() == Muscle.CALF;
		CodeableConcept value = new CodeableConcept(new Coding(SNOMED, CRAMP, "Cramp"));
		if (calf) {
			value.addCoding(new Coding(SNOMED, CRAMP_IN_LOWER_LEG, "Cramp in lower leg").setUserSelected(true));
		}
		observation.setValue(value.setText(calf ? "Cramp in the calf" : "Leg cramp"));
		CodeableConcept bodySite = bodySite(episode);
		if (bodySite != null) {
			observation.setBodySite(bodySite);
		}

		if (episode.isGiven(EpisodeDetail.INTENSITY)) {
			observation.addComponent()
				.setCode(new CodeableConcept(new Coding(LOINC, SEVERITY,
						"Pain severity - 0-10 verbal numeric rating [Score] - Reported")))
				.setValue(new IntegerType(episode.intensity()));
		}
		for (String trigger : triggers(episode, checkIn, medications)) {
			observation.addComponent()
				.setCode(new CodeableConcept(new Coding(LOINC, TRIGGERS, "Exacerbating factors - Reported")))
				.setValue(new CodeableConcept().setText(trigger));
		}
		for (Relief relief : episode.reliefsTried().stream().sorted().toList()) {
			String label = text("export.relief." + relief.name());
			observation.addComponent()
				.setCode(new CodeableConcept(new Coding(LOINC, ALLEVIATING, "Alleviating factors - Reported")))
				.setValue(new CodeableConcept().setText((relief == episode.helpedMost())
						? text("export.relief.helpedMost", label) : text("export.fhir.tried", label)));
		}

		observation.addNote(new Annotation().setText(text(episode.wokeFromSleep() ? "export.fhir.woke"
				: "export.fhir.notWoke")));
		if (episode.daytime()) {
			observation.addNote(new Annotation().setText(text("export.fhir.daytime")));
		}
		if (!episode.warningSigns().isEmpty()) {
			List<String> signs = episode.warningSigns()
				.stream()
				.sorted()
				.map(WarningSign::name)
				.map(code -> text("export.warningSign." + code))
				.toList();
			observation.addNote(new Annotation().setText(text("export.fhir.warningSigns", String.join("; ", signs))));
		}
		if (episode.notes() != null) {
			observation.addNote(new Annotation().setText(episode.notes()));
		}
		String intensity = episode.isGiven(EpisodeDetail.INTENSITY)
				? text("export.fhir.narrative.intensity", episode.intensity())
				: text("export.fhir.narrative.notRated");
		return narrated(observation, text("export.fhir.narrative.episode",
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(episode.startedAt()), episode.durationSeconds(),
				(bodySite != null) ? bodySite.getText() : text("export.fhir.leg"), intensity));
	}

	/**
	 * A finished personal experiment (docs/experiments.md): the risk ratio of cramp nights, remedy against usual, as
	 * the value, the verdict as the interpretation, the design as the method, the counts, adherence and interval as
	 * components, the result's sentence as the narrative. Texts only (no standard code says "n-of-1 trial result").
	 */
	private Observation experiment(ClinicianReport.ExperimentLine experiment, ClinicianReport.ExperimentResult result,
			String url, String patientUrl) {
		Observation observation = new Observation();
		observation.addIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(url));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "therapy", "Therapy")));
		observation.setCode(new CodeableConcept().setText(text("export.fhir.experiment.code", experiment.remedy())));
		observation.setSubject(new Reference(patientUrl));
		observation.addPerformer(new Reference(patientUrl));
		LocalDate firstBlock = experiment.blocks().isEmpty() ? experiment.startsOn() : experiment.blocks().get(0).from();
		observation.setEffective(new Period().setStartElement(new DateTimeType(firstBlock.toString()))
			.setEndElement(new DateTimeType(experiment.endsOn().toString())));
		if (result.riskRatio() != null) {
			observation.setValue(ratio(result.riskRatio()));
		}
		else {
			observation.setDataAbsentReason(new CodeableConcept().setText(text("export.experiments.noRatio")));
		}
		observation.addInterpretation(new CodeableConcept().setText(result.verdictLabel()));
		observation.setMethod(new CodeableConcept().setText(text("export.experiments.plan", experiment.runInNights(),
				experiment.startsOn(), experiment.runInEnds(), experiment.pairs(), experiment.blockNights(),
				experiment.endsOn()) + " " + text("export.experiments.unblinded")));
		component(observation, "export.fhir.experiment.remedyNights", new IntegerType(result.remedyNights()));
		component(observation, "export.fhir.experiment.remedyCrampNights",
				new IntegerType(result.remedyCrampNights()));
		component(observation, "export.fhir.experiment.usualNights", new IntegerType(result.usualNights()));
		component(observation, "export.fhir.experiment.usualCrampNights", new IntegerType(result.usualCrampNights()));
		component(observation, "export.fhir.experiment.remedyAdherence", percent(result.remedyAdherencePercent()));
		component(observation, "export.fhir.experiment.usualAdherence", percent(result.usualAdherencePercent()));
		if (result.low() != null && result.high() != null) {
			component(observation, "export.fhir.experiment.low", ratio(result.low()));
			component(observation, "export.fhir.experiment.high", ratio(result.high()));
		}
		observation.addNote(new Annotation().setText(text("export.experiments.unblinded")));
		observation.addNote(new Annotation().setText((experiment.decision() != null)
				? text("export.experiments.decision", experiment.decision()) : text("export.experiments.noDecision")));
		return narrated(observation, result.sentence());
	}

	private void component(Observation observation, String key, org.hl7.fhir.r4.model.Type value) {
		observation.addComponent().setCode(new CodeableConcept().setText(text(key))).setValue(value);
	}

	private static Quantity ratio(double value) {
		return new Quantity().setValue(value).setUnit("ratio").setSystem(UCUM).setCode("1");
	}

	private static Quantity percent(int value) {
		return new Quantity().setValue(value).setUnit("%").setSystem(UCUM).setCode("%");
	}

	/** The calf coded (SNOMED 53840002), other places as text only; the side in the text; null when nothing is known. */
	private @Nullable CodeableConcept bodySite(Episode episode) {
		boolean muscle = episode.isGiven(EpisodeDetail.MUSCLE);
		boolean side = episode.isGiven(EpisodeDetail.SIDE);
		if (!muscle && !side) {
			return null;
		}
		String muscleText = muscle ? text("export.fhir.muscle." + episode.muscle().name()) : text("export.fhir.leg");
		String text = side ? text("export.fhir.side." + episode.side().name(), muscleText) : muscleText;
		CodeableConcept site = new CodeableConcept().setText(text);
		if (muscle && episode.muscle() == Muscle.CALF) {
			site.addCoding(new Coding(SNOMED, CALF_STRUCTURE, "Structure of calf of leg"));
		}
		return site;
	}

	/**
	 * The triggers of the episode's night: the self-reported factors present in that night's check-in, and a
	 * cramp-associated medicine started within {@code red-flags.new-medication-days} (90) before the night.
	 */
	private List<String> triggers(Episode episode, @Nullable CheckIn checkIn, List<Medication> medications) {
		List<String> triggers = new ArrayList<>();
		if (checkIn != null) {
			for (NightlyFactors.Factor factor : this.factors.all()) {
				if (factor.trigger() && Boolean.TRUE.equals(factor.presentIn(checkIn))) {
					triggers.add(text("export.fhir.selfReported",
							text("export.factor." + factor.code(), factor.args())));
				}
			}
		}
		LocalDate night = episode.nightOf();
		int newDays = this.settings.redFlags().newMedicationDays();
		for (Medication medication : medications) {
			LocalDate started = medication.startedOn();
			if (started != null && medication.drugClass().isCrampAssociated() && medication.isTakenOn(night)
					&& !started.isBefore(night.minusDays(newDays))) {
				triggers.add(text("export.fhir.newMedication", medication.name(), started.toString()));
			}
		}
		return triggers;
	}

	private MedicationStatement medicationStatement(Medication medication, String patientUrl) {
		MedicationStatement statement = new MedicationStatement();
		LocalDate today = LocalDate.now(this.clock);
		boolean stopped = medication.stoppedOn() != null && !medication.stoppedOn().isAfter(today);
		statement.setStatus(stopped ? MedicationStatement.MedicationStatementStatus.COMPLETED
				: MedicationStatement.MedicationStatementStatus.ACTIVE);
		statement.setCategory(new CodeableConcept(new Coding(MEDICATION_STATEMENT_CATEGORY, "patientspecified",
				"Patient Specified")));
		statement.setMedication(new CodeableConcept().setText(medication.name()));
		statement.setSubject(new Reference(patientUrl));
		statement.setInformationSource(new Reference(patientUrl));
		LocalDate startedOn = fhirDate(medication.startedOn());
		LocalDate stoppedOn = fhirDate(medication.stoppedOn());
		if (startedOn != null || stoppedOn != null) {
			Period period = new Period();
			if (startedOn != null) {
				period.setStartElement(new DateTimeType(startedOn.toString()));
			}
			if (stoppedOn != null) {
				period.setEndElement(new DateTimeType(stoppedOn.toString()));
			}
			statement.setEffective(period);
		}
		statement.addNote(new Annotation().setText(text("export.fhir.drugClass",
				text("export.drugClass." + medication.drugClass().name()),
				this.catalog.crampAssociation(medication.drugClass()))));
		return narrated(statement, text("export.fhir.narrative.medication", medication.name(),
				text("export.drugClass." + medication.drugClass().name())));
	}

	/**
	 * A date FHIR can write (years 0001..9999), or null. Input keeps to DateBounds, but a row stored before that rule
	 * may hold any year: it is left out of the bundle rather than failing it.
	 */
	private static @Nullable LocalDate fhirDate(@Nullable LocalDate date) {
		return (date != null && date.getYear() >= 1 && date.getYear() <= 9999) ? date : null;
	}

	private Provenance provenance(String patientUrl, Iterable<String> targets, Date now) {
		Provenance provenance = new Provenance();
		targets.forEach(target -> provenance.addTarget(new Reference(target)));
		provenance.setRecordedElement(new InstantType(now, TemporalPrecisionEnum.SECOND));
		provenance.addAgent()
			.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "author", "Author")))
			.setWho(new Reference(patientUrl));
		provenance.addAgent()
			.setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, "assembler", "Assembler")))
			.setWho(new Reference().setDisplay("Crampwise"));
		provenance.addEntity()
			.setRole(Provenance.ProvenanceEntityRole.SOURCE)
			.setWhat(new Reference(patientUrl).setDisplay(text("export.fhir.sourceDisplay")));
		return narrated(provenance, text("export.fhir.narrative.provenance"));
	}

	/** A generated narrative: one short sentence, escaped (it may hold what the patient typed). */
	private static <R extends DomainResource> R narrated(R resource, String sentence) {
		resource.getText()
			.setStatus(Narrative.NarrativeStatus.GENERATED)
			.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + HtmlUtils.htmlEscape(sentence, "UTF-8")
					+ "</p></div>");
		return resource;
	}

	/** A stable full URL: a name-based UUID of the account and the record. */
	static String url(AccountId owner, String kind, long id) {
		String name = "crampwise/account/" + owner.value() + "/" + kind + "/" + id;
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	/** A narrative or note in the reader's language (the request's locale: the patient's, or the clinician's). */
	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
