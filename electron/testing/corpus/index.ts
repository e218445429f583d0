import sharp from 'sharp';
import { degrade } from './degrade';
import { certificateForm, certificateProse, certificateStub } from './layouts/certificate';
import { certificateGridAdvice, certificateRuledTownship } from './layouts/certificate-b';
import { dischargeGridCity, dischargeProseCounty } from './layouts/discharge-a';
import { dischargeDotMatrix, dischargeSummaryBoxes } from './layouts/discharge-b';
import { dischargeFormTwinDx, dischargeTcmIcd } from './layouts/discharge-c';
import { dischargeEmrPageOne } from './layouts/discharge-d';
import { outpatientGridCounty, outpatientTcmSerif } from './layouts/outpatient-a';
import { outpatientDotMatrixClinic, outpatientTwoColumn } from './layouts/outpatient-b';
import { outpatientBookletFrame, outpatientSidebarCity } from './layouts/outpatient-c';
import { reportLabCity, reportLabTwinPanel } from './layouts/report-a';
import { reportHalfPage, reportImaging } from './layouts/report-b';
import { reportLabBordered, reportUltrasound } from './layouts/report-c';
import { reportPathology } from './layouts/report-d';
import { tune2CertA5Prose, tune2CertFillinStay, tune2CertStackedGrid } from './layouts/tune2-certificate';
import { tune2OutpatientA5Booklet, tune2OutpatientDenseEmr, tune2OutpatientTcmStacked } from './layouts/tune2-outpatient';
import { tune3CertColumnTable, tune3CertPreprintedGap, tune3CertSentenceLeave } from './layouts/tune3-certificate';
import { tune3DischargeInOutTable } from './layouts/tune3-discharge';
import { tune3OutpatientGreyBanner, tune3OutpatientPhotocopy, tune3OutpatientWeekdaySerif } from './layouts/tune3-outpatient';
import { tune3ReportFourTimes } from './layouts/tune3-report';
import { tune4CertEVerify, tune4CertHandFilled } from './layouts/tune4-certificate-a';
import { tune4CertDischargeProof, tune4CertHeaderDate } from './layouts/tune4-certificate-b';
import { tune4OutpatientHandwritten, tune4OutpatientVisitHistory } from './layouts/tune4-outpatient-a';
import { tune4OutpatientPatientCopy } from './layouts/tune4-outpatient-b';
import { tune4DischargeRangeTcm } from './layouts/tune4-discharge';
import { tune5DischargeFrontPage } from './layouts/tune5-discharge-a';
import { tune5Discharge24h } from './layouts/tune5-discharge-b';
import { tune5OutpatientEmergency } from './layouts/tune5-outpatient-a';
import { tune5OutpatientPrescription } from './layouts/tune5-outpatient-b';
import { tune5ReportEcho } from './layouts/tune5-report-a';
import { tune5ReportLabHistory } from './layouts/tune5-report-b';
import { tune5CertBilingual } from './layouts/tune5-cert-a';
import { tune5CertBureauLetter } from './layouts/tune5-cert-b';
import { tune6DischargeTcmColumn } from './layouts/tune6-discharge-a';
import { tune6DischargeTwoColumn } from './layouts/tune6-discharge-b';
import { tune6OutpatientBookletVisits } from './layouts/tune6-outpatient-a';
import { tune6OutpatientInternet } from './layouts/tune6-outpatient-b';
import { tune6ReportOgtt } from './layouts/tune6-report-a';
import { tune6ReportAmbulatory } from './layouts/tune6-report-b';
import { tune6CertChronicApplication } from './layouts/tune6-cert-a';
import { tune6CertTownshipTopDate } from './layouts/tune6-cert-b';
import { tune7OutpatientImpression } from './layouts/tune7-outpatient-impression';
import { tune7OutpatientFollowup } from './layouts/tune7-outpatient-followup';
import { tune7ReportEcg } from './layouts/tune7-report-ecg';
import { tune7ReportEndoscopy } from './layouts/tune7-report-endoscopy';
import { tune7CertQrTop } from './layouts/tune7-cert-qr-top';
import { tune7CertCareProse } from './layouts/tune7-cert-care-prose';
import { tune7DischargeOncology } from './layouts/tune7-discharge-oncology';
import { tune7DischargeRunningHeader } from './layouts/tune7-discharge-running-header';
import { tune8DischargeSummaryRows } from './layouts/tune8-discharge-summary-rows';
import { tune8DischargeProseTransfer } from './layouts/tune8-discharge-prose-transfer';
import { tune8OutpatientCommunityBoxes } from './layouts/tune8-outpatient-community-boxes';
import { tune8OutpatientEmrSections } from './layouts/tune8-outpatient-emr-sections';
import { tune8ReportLabBiochem } from './layouts/tune8-report-lab-biochem';
import { tune8ReportCtKeyimages } from './layouts/tune8-report-ct-keyimages';
import { tune8CertSchoolLeave } from './layouts/tune8-cert-school-leave';
import { tune8CertIllnessStay } from './layouts/tune8-cert-illness-stay';
import { tune9DischargeSpacedEmr } from './layouts/tune9-discharge-spaced-emr';
import { tune9DischargeTownshipHand } from './layouts/tune9-discharge-township-hand';
import { tune9OutpatientPrivateSpaced } from './layouts/tune9-outpatient-private-spaced';
import { tune9OutpatientTcmCellwrap } from './layouts/tune9-outpatient-tcm-cellwrap';
import { tune9ReportLabAudit } from './layouts/tune9-report-lab-audit';
import { tune9ReportCtSignoff } from './layouts/tune9-report-ct-signoff';
import { tune9CertSentenceHanddate } from './layouts/tune9-cert-sentence-handdate';
import { tune9CertGridValidity } from './layouts/tune9-cert-grid-validity';
import { tune10DischargeNoticeHalf } from './layouts/tune10-discharge-notice-half';
import { tune10DischargeDxTable } from './layouts/tune10-discharge-dx-table';
import { tune10OutpatientTickStrip } from './layouts/tune10-outpatient-tick-strip';
import { tune10OutpatientDialysisSheet } from './layouts/tune10-outpatient-dialysis-sheet';
import { tune10ReportCgm } from './layouts/tune10-report-cgm';
import { tune10ReportTdm } from './layouts/tune10-report-tdm';
import { tune10CertTickStay } from './layouts/tune10-cert-tick-stay';
import { tune10CertChronicProof } from './layouts/tune10-cert-chronic-proof';
import { tune11DischargeCourseRecord } from './layouts/tune11-discharge-course-record';
import { tune11DischargeSummaryGrid } from './layouts/tune11-discharge-summary-grid';
import { tune11OutpatientTcmDouble } from './layouts/tune11-outpatient-tcm-double';
import { tune11OutpatientAbbrevIcd } from './layouts/tune11-outpatient-abbrev-icd';
import { tune11ReportImagingClinical } from './layouts/tune11-report-imaging-clinical';
import { tune11ReportLabDotmatrix } from './layouts/tune11-report-lab-dotmatrix';
import { tune11CertStayParen } from './layouts/tune11-cert-stay-paren';
import { tune11CertTransferWeekday } from './layouts/tune11-cert-transfer-weekday';
import { tune12DischargeBorderedGrid } from './layouts/tune12-discharge-bordered-grid';
import { tune12DischargeCopyStamped } from './layouts/tune12-discharge-copy-stamped';
import { tune12OutpatientChronicReview } from './layouts/tune12-outpatient-chronic-review';
import { tune12OutpatientChildGuardian } from './layouts/tune12-outpatient-child-guardian';
import { tune12ReportLabTimeColumn } from './layouts/tune12-report-lab-time-column';
import { tune12ReportMarrow } from './layouts/tune12-report-marrow';
import { tune12CertSentenceOnly } from './layouts/tune12-cert-sentence-only';
import { tune12CertRareDisease } from './layouts/tune12-cert-rare-disease';
import { tune13DischargeStaySentence } from './layouts/tune13-discharge-stay-sentence';
import { tune13DischargeTownshipFillin } from './layouts/tune13-discharge-township-fillin';
import { tune13OutpatientHistorySidebar } from './layouts/tune13-outpatient-history-sidebar';
import { tune13OutpatientChronicRx } from './layouts/tune13-outpatient-chronic-rx';
import { tune13ReportThyroidFooter } from './layouts/tune13-report-thyroid-footer';
import { tune13ReportUltrasoundDoppler } from './layouts/tune13-report-ultrasound-doppler';
import { tune13CertStayTable } from './layouts/tune13-cert-stay-table';
import { tune13CertTcmDual } from './layouts/tune13-cert-tcm-dual';
import { tune14DischargeGridFooter } from './layouts/tune14-discharge-grid-footer';
import { tune14DischargeProofOrders } from './layouts/tune14-discharge-proof-orders';
import { tune14OutpatientCommunitySoap } from './layouts/tune14-outpatient-community-soap';
import { tune14OutpatientEmergencyTimeline } from './layouts/tune14-outpatient-emergency-timeline';
import { tune14ReportCbcHistogram } from './layouts/tune14-report-cbc-histogram';
import { tune14ReportMrTwoDates } from './layouts/tune14-report-mr-two-dates';
import { tune14CertSchemeValidity } from './layouts/tune14-cert-scheme-validity';
import { tune14CertA5SealDate } from './layouts/tune14-cert-a5-seal-date';
import { tune15DischargeRuledHeader } from './layouts/tune15-discharge-ruled-header';
import { tune15DischargeDotmatrixNarrow } from './layouts/tune15-discharge-dotmatrix-narrow';
import { tune15OutpatientTcmSizhen } from './layouts/tune15-outpatient-tcm-sizhen';
import { tune15OutpatientChronicTrend } from './layouts/tune15-outpatient-chronic-trend';
import { tune15ReportGlucoseLandscape } from './layouts/tune15-report-glucose-landscape';
import { tune15ReportEchoGrouped } from './layouts/tune15-report-echo-grouped';
import { tune15CertBoxedAdvice } from './layouts/tune15-cert-boxed-advice';
import { tune15CertTcmNumerals } from './layouts/tune15-cert-tcm-numerals';
import { tune16DischargeCodedOutcome } from './layouts/tune16-discharge-coded-outcome';
import { tune16DischargeMchChild } from './layouts/tune16-discharge-mch-child';
import { tune16OutpatientInternetEsign } from './layouts/tune16-outpatient-internet-esign';
import { tune16OutpatientDialysisVisit } from './layouts/tune16-outpatient-dialysis-visit';
import { tune16ReportPathologyRequest } from './layouts/tune16-report-pathology-request';
import { tune16ReportCoagFactor } from './layouts/tune16-report-coag-factor';
import { tune16CertMentalHospital } from './layouts/tune16-cert-mental-hospital';
import { tune16CertTransplant } from './layouts/tune16-cert-transplant';
import { tune17DischargeStayCell } from './layouts/tune17-discharge-stay-cell';
import { tune17DischargeCourseTable } from './layouts/tune17-discharge-course-table';
import { tune17OutpatientReceiptStrip } from './layouts/tune17-outpatient-receipt-strip';
import { tune17OutpatientChronicSign } from './layouts/tune17-outpatient-chronic-sign';
import { tune17ReportChemTwin } from './layouts/tune17-report-chem-twin';
import { tune17ReportEndoscopySide } from './layouts/tune17-report-endoscopy-side';
import { tune17CertPreprintedDate } from './layouts/tune17-cert-preprinted-date';
import { tune17CertTcmDual } from './layouts/tune17-cert-tcm-dual';
import { tune18DischargeEmrTwoline } from './layouts/tune18-discharge-emr-twoline';
import { tune18DischargeDxSidebyside } from './layouts/tune18-discharge-dx-sidebyside';
import { tune18OutpatientSpecialist } from './layouts/tune18-outpatient-specialist';
import { tune18OutpatientTownshipRx } from './layouts/tune18-outpatient-township-rx';
import { tune18ReportChemThreeCol } from './layouts/tune18-report-chem-three-col';
import { tune18ReportCtFooter } from './layouts/tune18-report-ct-footer';
import { tune18CertLandscapeHalf } from './layouts/tune18-cert-landscape-half';
import { tune18CertStampDate } from './layouts/tune18-cert-stamp-date';
import { tune19DischargeMergedGrid } from './layouts/tune19-discharge-merged-grid';
import { tune19DischargeTwoUp } from './layouts/tune19-discharge-two-up';
import { tune19OutpatientVitalsColumn } from './layouts/tune19-outpatient-vitals-column';
import { tune19OutpatientFollowupVisits } from './layouts/tune19-outpatient-followup-visits';
import { tune19ReportUrineBlood } from './layouts/tune19-report-urine-blood';
import { tune19ReportUltrasoundPair } from './layouts/tune19-report-ultrasound-pair';
import { tune19CertWatermarkSerial } from './layouts/tune19-cert-watermark-serial';
import { tune19CertHandDx } from './layouts/tune19-cert-hand-dx';
import { tune20DischargeBilingualCells } from './layouts/tune20-discharge-bilingual-cells';
import { tune20DischargeFooterStay } from './layouts/tune20-discharge-footer-stay';
import { tune20OutpatientHalfSlip } from './layouts/tune20-outpatient-half-slip';
import { tune20OutpatientEmrRevisit } from './layouts/tune20-outpatient-emr-revisit';
import { tune20ReportBloodGas } from './layouts/tune20-report-blood-gas';
import { tune20ReportMriSignTime } from './layouts/tune20-report-mri-sign-time';
import { tune20CertSealName } from './layouts/tune20-cert-seal-name';
import { tune20CertChronicTicks } from './layouts/tune20-cert-chronic-ticks';
import { tune21DischargeOpenTable } from './layouts/tune21-discharge-open-table';
import { tune21DischargeStaySpan } from './layouts/tune21-discharge-stay-span';
import { tune21OutpatientBookletBlanks } from './layouts/tune21-outpatient-booklet-blanks';
import { tune21OutpatientFollowupLedger } from './layouts/tune21-outpatient-followup-ledger';
import { tune21ReportThyroidPrior } from './layouts/tune21-report-thyroid-prior';
import { tune21ReportGastroscopyStrip } from './layouts/tune21-report-gastroscopy-strip';
import { tune21CertVillageProse } from './layouts/tune21-cert-village-prose';
import { tune21CertReferralSlip } from './layouts/tune21-cert-referral-slip';
import { tune22DischargeBilingualScript } from './layouts/tune22-discharge-bilingual-script';
import { tune22DischargeSentenceStay } from './layouts/tune22-discharge-sentence-stay';
import { tune22OutpatientRxStamp } from './layouts/tune22-outpatient-rx-stamp';
import { tune22OutpatientSoapGutter } from './layouts/tune22-outpatient-soap-gutter';
import { tune22ReportThermalSlip } from './layouts/tune22-report-thermal-slip';
import { tune22ReportCtImagesLeft } from './layouts/tune22-report-ct-images-left';
import { tune22CertPhotoBox } from './layouts/tune22-cert-photo-box';
import { tune22CertChildRehab } from './layouts/tune22-cert-child-rehab';
import { tune23DischargeChemoCycles } from './layouts/tune23-discharge-chemo-cycles';
import { tune23OutpatientMentalGuardian } from './layouts/tune23-outpatient-mental-guardian';
import { tune23ReportDialysisMonth } from './layouts/tune23-report-dialysis-month';
import { tune23CertStentCard } from './layouts/tune23-cert-stent-card';
import { tune23OutpatientGraftLevels } from './layouts/tune23-outpatient-graft-levels';
import { tune23ReportTbLab } from './layouts/tune23-report-tb-lab';
import { tune23DischargePciDiagram } from './layouts/tune23-discharge-pci-diagram';
import { tune23CertTcmSyndrome } from './layouts/tune23-cert-tcm-syndrome';
import { tune24DischargeHisCopy } from './layouts/tune24-discharge-his-copy';
import { tune24OutpatientPrevBoxed } from './layouts/tune24-outpatient-prev-boxed';
import { tune24ReportCriticalCall } from './layouts/tune24-report-critical-call';
import { tune24CertInternetEsign } from './layouts/tune24-cert-internet-esign';
import { tune24CertStubBooklet } from './layouts/tune24-cert-stub-booklet';
import { tune25DischargeFrontSheet } from './layouts/tune25-discharge-front-sheet';
import { tune25OutpatientHtnFollowup } from './layouts/tune25-outpatient-htn-followup';
import { tune25CertPadHandfill } from './layouts/tune25-cert-pad-handfill';
import { tune25ReportKioskQr } from './layouts/tune25-report-kiosk-qr';
import { tune26ReportA5TwinTables } from './layouts/tune26-report-a5-twin-tables';
import { tune26DischargeSecondPage } from './layouts/tune26-discharge-second-page';
import { tune26OutpatientBookletAd } from './layouts/tune26-outpatient-booklet-ad';
import { tune26OutpatientRxLongterm } from './layouts/tune26-outpatient-rx-longterm';
import { tune26OutpatientReferralUp } from './layouts/tune26-outpatient-referral-up';
import { tune27CertDateCorrected } from './layouts/tune27-cert-date-corrected';
import { tune27DischargeBarcodeSticker } from './layouts/tune27-discharge-barcode-sticker';
import { tune27ReportCarbonCopy } from './layouts/tune27-report-carbon-copy';
import { tune27OutpatientSealName } from './layouts/tune27-outpatient-seal-name';
import { tune27CertTickSigned } from './layouts/tune27-cert-tick-signed';
import { tune28ReportSideTables } from './layouts/tune28-report-side-tables';
import { tune28OutpatientAllergySidebar } from './layouts/tune28-outpatient-allergy-sidebar';
import { tune28DischargePairHeader } from './layouts/tune28-discharge-pair-header';
import { tune28CertStampColumn } from './layouts/tune28-cert-stamp-column';
import { tune29CertChronicHanddate } from './layouts/tune29-cert-chronic-handdate';
import { tune29CertProseNumeral } from './layouts/tune29-cert-prose-numeral';
import { tune29OutpatientTownshipSlip } from './layouts/tune29-outpatient-township-slip';
import { tune29OutpatientEmrQr } from './layouts/tune29-outpatient-emr-qr';
import { blindCertificate1, blindCertificate2 } from './layouts/blind-certificate';
import { blindDischarge1, blindDischarge2 } from './layouts/blind-discharge';
import { blindOutpatient1, blindOutpatient2 } from './layouts/blind-outpatient';
import { blindReport1, blindReport2 } from './layouts/blind-report';
import { blind2Certificate1 } from './layouts/blind2-certificate-1';
import { blind2Certificate2 } from './layouts/blind2-certificate-2';
import { blind2Discharge1 } from './layouts/blind2-discharge-1';
import { blind2Discharge2 } from './layouts/blind2-discharge-2';
import { blind2Outpatient1 } from './layouts/blind2-outpatient-1';
import { blind2Outpatient2 } from './layouts/blind2-outpatient-2';
import { blind2Report1 } from './layouts/blind2-report-1';
import { blind2Report2 } from './layouts/blind2-report-2';
import { blind3Discharge1 } from './layouts/blind3-discharge-1';
import { blind3Discharge2 } from './layouts/blind3-discharge-2';
import { blind3Outpatient1 } from './layouts/blind3-outpatient-1';
import { blind3Outpatient2 } from './layouts/blind3-outpatient-2';
import { blind3Report1 } from './layouts/blind3-report-1';
import { blind3Report2 } from './layouts/blind3-report-2';
import { blind3Certificate1 } from './layouts/blind3-certificate-1';
import { blind3Certificate2 } from './layouts/blind3-certificate-2';
import { blind4Discharge1 } from './layouts/blind4-discharge-1';
import { blind4Discharge2 } from './layouts/blind4-discharge-2';
import { blind4Outpatient1 } from './layouts/blind4-outpatient-1';
import { blind4Outpatient2 } from './layouts/blind4-outpatient-2';
import { blind4Report1 } from './layouts/blind4-report-1';
import { blind4Report2 } from './layouts/blind4-report-2';
import { blind4Certificate1 } from './layouts/blind4-certificate-1';
import { blind4Certificate2 } from './layouts/blind4-certificate-2';
import { blind5Discharge1 } from './layouts/blind5-discharge-1';
import { blind5Discharge2 } from './layouts/blind5-discharge-2';
import { blind5Outpatient1 } from './layouts/blind5-outpatient-1';
import { blind5Outpatient2 } from './layouts/blind5-outpatient-2';
import { blind5Report1 } from './layouts/blind5-report-1';
import { blind5Report2 } from './layouts/blind5-report-2';
import { blind5Certificate1 } from './layouts/blind5-certificate-1';
import { blind5Certificate2 } from './layouts/blind5-certificate-2';
import { blind6Discharge1 } from './layouts/blind6-discharge-1';
import { blind6Discharge2 } from './layouts/blind6-discharge-2';
import { blind6Outpatient1 } from './layouts/blind6-outpatient-1';
import { blind6Outpatient2 } from './layouts/blind6-outpatient-2';
import { blind6Report1 } from './layouts/blind6-report-1';
import { blind6Report2 } from './layouts/blind6-report-2';
import { blind6Certificate1 } from './layouts/blind6-certificate-1';
import { blind6Certificate2 } from './layouts/blind6-certificate-2';
import { blind7Discharge1 } from './layouts/blind7-discharge-1';
import { blind7Discharge2 } from './layouts/blind7-discharge-2';
import { blind7Outpatient1 } from './layouts/blind7-outpatient-1';
import { blind7Outpatient2 } from './layouts/blind7-outpatient-2';
import { blind7Report1 } from './layouts/blind7-report-1';
import { blind7Report2 } from './layouts/blind7-report-2';
import { blind7Certificate1 } from './layouts/blind7-certificate-1';
import { blind7Certificate2 } from './layouts/blind7-certificate-2';
import { blind8Discharge1 } from './layouts/blind8-discharge-1';
import { blind8Discharge2 } from './layouts/blind8-discharge-2';
import { blind8Outpatient1 } from './layouts/blind8-outpatient-1';
import { blind8Outpatient2 } from './layouts/blind8-outpatient-2';
import { blind8Report1 } from './layouts/blind8-report-1';
import { blind8Report2 } from './layouts/blind8-report-2';
import { blind8Certificate1 } from './layouts/blind8-certificate-1';
import { blind8Certificate2 } from './layouts/blind8-certificate-2';
import { blind9Discharge1 } from './layouts/blind9-discharge-1';
import { blind9Discharge2 } from './layouts/blind9-discharge-2';
import { blind9Outpatient1 } from './layouts/blind9-outpatient-1';
import { blind9Outpatient2 } from './layouts/blind9-outpatient-2';
import { blind9Report1 } from './layouts/blind9-report-1';
import { blind9Report2 } from './layouts/blind9-report-2';
import { blind9Certificate1 } from './layouts/blind9-certificate-1';
import { blind9Certificate2 } from './layouts/blind9-certificate-2';
import { blind10Discharge1 } from './layouts/blind10-discharge-1';
import { blind10Discharge2 } from './layouts/blind10-discharge-2';
import { blind10Outpatient1 } from './layouts/blind10-outpatient-1';
import { blind10Outpatient2 } from './layouts/blind10-outpatient-2';
import { blind10Report1 } from './layouts/blind10-report-1';
import { blind10Report2 } from './layouts/blind10-report-2';
import { blind10Certificate1 } from './layouts/blind10-certificate-1';
import { blind10Certificate2 } from './layouts/blind10-certificate-2';
import { blind11Discharge1 } from './layouts/blind11-discharge-1';
import { blind11Discharge2 } from './layouts/blind11-discharge-2';
import { blind11Outpatient1 } from './layouts/blind11-outpatient-1';
import { blind11Outpatient2 } from './layouts/blind11-outpatient-2';
import { blind11Report1 } from './layouts/blind11-report-1';
import { blind11Report2 } from './layouts/blind11-report-2';
import { blind11Certificate1 } from './layouts/blind11-certificate-1';
import { blind11Certificate2 } from './layouts/blind11-certificate-2';
import { blind12Discharge1 } from './layouts/blind12-discharge-1';
import { blind12Discharge2 } from './layouts/blind12-discharge-2';
import { blind12Outpatient1 } from './layouts/blind12-outpatient-1';
import { blind12Outpatient2 } from './layouts/blind12-outpatient-2';
import { blind12Report1 } from './layouts/blind12-report-1';
import { blind12Report2 } from './layouts/blind12-report-2';
import { blind12Certificate1 } from './layouts/blind12-certificate-1';
import { blind12Certificate2 } from './layouts/blind12-certificate-2';
import { blind13Discharge1 } from './layouts/blind13-discharge-1';
import { blind13Discharge2 } from './layouts/blind13-discharge-2';
import { blind13Outpatient1 } from './layouts/blind13-outpatient-1';
import { blind13Outpatient2 } from './layouts/blind13-outpatient-2';
import { blind13Report1 } from './layouts/blind13-report-1';
import { blind13Report2 } from './layouts/blind13-report-2';
import { blind13Certificate1 } from './layouts/blind13-certificate-1';
import { blind13Certificate2 } from './layouts/blind13-certificate-2';
import { blind14Discharge1 } from './layouts/blind14-discharge-1';
import { blind14Discharge2 } from './layouts/blind14-discharge-2';
import { blind14Outpatient1 } from './layouts/blind14-outpatient-1';
import { blind14Outpatient2 } from './layouts/blind14-outpatient-2';
import { blind14Report1 } from './layouts/blind14-report-1';
import { blind14Report2 } from './layouts/blind14-report-2';
import { blind14Certificate1 } from './layouts/blind14-certificate-1';
import { blind14Certificate2 } from './layouts/blind14-certificate-2';
import { blind15Discharge1 } from './layouts/blind15-discharge-1';
import { blind15Discharge2 } from './layouts/blind15-discharge-2';
import { blind15Outpatient1 } from './layouts/blind15-outpatient-1';
import { blind15Outpatient2 } from './layouts/blind15-outpatient-2';
import { blind15Report1 } from './layouts/blind15-report-1';
import { blind15Report2 } from './layouts/blind15-report-2';
import { blind15Certificate1 } from './layouts/blind15-certificate-1';
import { blind15Certificate2 } from './layouts/blind15-certificate-2';
import { blind16Discharge1 } from './layouts/blind16-discharge-1';
import { blind16Discharge2 } from './layouts/blind16-discharge-2';
import { blind16Outpatient1 } from './layouts/blind16-outpatient-1';
import { blind16Outpatient2 } from './layouts/blind16-outpatient-2';
import { blind16Report1 } from './layouts/blind16-report-1';
import { blind16Report2 } from './layouts/blind16-report-2';
import { blind16Certificate1 } from './layouts/blind16-certificate-1';
import { blind16Certificate2 } from './layouts/blind16-certificate-2';
import { blind17Discharge1 } from './layouts/blind17-discharge-1';
import { blind17Outpatient1 } from './layouts/blind17-outpatient-1';
import { blind17Report1 } from './layouts/blind17-report-1';
import { blind17Certificate1 } from './layouts/blind17-certificate-1';
import { blind18Discharge1 } from './layouts/blind18-discharge-1';
import { blind18Outpatient1 } from './layouts/blind18-outpatient-1';
import { blind18Report1 } from './layouts/blind18-report-1';
import { blind18Certificate1 } from './layouts/blind18-certificate-1';
import { blind19Discharge1 } from './layouts/blind19-discharge-1';
import { blind19Outpatient1 } from './layouts/blind19-outpatient-1';
import { blind19Report1 } from './layouts/blind19-report-1';
import { blind19Certificate1 } from './layouts/blind19-certificate-1';
import { blind20Discharge1 } from './layouts/blind20-discharge-1';
import { blind20Outpatient1 } from './layouts/blind20-outpatient-1';
import { blind20Report1 } from './layouts/blind20-report-1';
import { blind20Certificate1 } from './layouts/blind20-certificate-1';
import { blind21Discharge1 } from './layouts/blind21-discharge-1';
import { blind21Outpatient1 } from './layouts/blind21-outpatient-1';
import { blind21Report1 } from './layouts/blind21-report-1';
import { blind21Certificate1 } from './layouts/blind21-certificate-1';
import { blind22Discharge1 } from './layouts/blind22-discharge-1';
import { blind22Outpatient1 } from './layouts/blind22-outpatient-1';
import { blind22Report1 } from './layouts/blind22-report-1';
import { blind22Certificate1 } from './layouts/blind22-certificate-1';
import { blind23Discharge1 } from './layouts/blind23-discharge-1';
import { blind23Outpatient1 } from './layouts/blind23-outpatient-1';
import { blind23Report1 } from './layouts/blind23-report-1';
import { blind23Certificate1 } from './layouts/blind23-certificate-1';
import { blind24Discharge1 } from './layouts/blind24-discharge-1';
import { blind24Outpatient1 } from './layouts/blind24-outpatient-1';
import { blind24Report1 } from './layouts/blind24-report-1';
import { blind24Certificate1 } from './layouts/blind24-certificate-1';
import { Rng } from './rng';
import { Sheet } from './sheet';
import { DEGRADATIONS, type CorpusPage, type Degradation, type Fields, type Kind, type Layout, type PageTruth, type Split } from './types';

/**
 * A generated corpus of Chinese medical records that look like county-hospital paper, with ground
 * truth per page, for measuring OCR and extraction. Whole layouts are held out: a `blind` layout
 * must never be used to tune an engine or an extractor, nor be read, looked at or described while
 * tuning (its failures are never printed).
 */

export { DEGRADATIONS, degrade };
export type { CorpusPage, Degradation, Fields, Kind, PageTruth, Split };

const ALL: readonly Layout[] = [
  dischargeGridCity, dischargeProseCounty, dischargeDotMatrix, dischargeSummaryBoxes,
  outpatientGridCounty, outpatientTcmSerif, outpatientDotMatrixClinic, outpatientTwoColumn,
  reportLabCity, reportLabTwinPanel, reportImaging, reportHalfPage,
  certificateProse, certificateForm, certificateStub,
  dischargeTcmIcd, dischargeFormTwinDx, dischargeEmrPageOne,
  outpatientBookletFrame, outpatientSidebarCity,
  reportLabBordered, reportUltrasound, reportPathology,
  certificateGridAdvice, certificateRuledTownship,
  tune2CertFillinStay, tune2CertA5Prose, tune2CertStackedGrid, tune2OutpatientA5Booklet, tune2OutpatientDenseEmr, tune2OutpatientTcmStacked,
  tune3CertSentenceLeave, tune3CertColumnTable, tune3CertPreprintedGap, tune3OutpatientGreyBanner, tune3OutpatientWeekdaySerif, tune3OutpatientPhotocopy,
  tune3DischargeInOutTable, tune3ReportFourTimes,
  tune4CertEVerify, tune4CertHandFilled, tune4CertDischargeProof, tune4CertHeaderDate, tune4OutpatientVisitHistory, tune4OutpatientHandwritten,
  tune4OutpatientPatientCopy, tune4DischargeRangeTcm,
  tune5DischargeFrontPage, tune5Discharge24h, tune5OutpatientEmergency, tune5OutpatientPrescription,
  tune5ReportEcho, tune5ReportLabHistory, tune5CertBilingual, tune5CertBureauLetter,
  tune6DischargeTcmColumn, tune6DischargeTwoColumn, tune6OutpatientBookletVisits, tune6OutpatientInternet,
  tune6ReportOgtt, tune6ReportAmbulatory, tune6CertChronicApplication, tune6CertTownshipTopDate,
  tune7DischargeRunningHeader, tune7DischargeOncology, tune7OutpatientImpression, tune7OutpatientFollowup,
  tune7ReportEcg, tune7ReportEndoscopy, tune7CertQrTop, tune7CertCareProse,
  tune8DischargeSummaryRows, tune8DischargeProseTransfer, tune8OutpatientCommunityBoxes, tune8OutpatientEmrSections,
  tune8ReportLabBiochem, tune8ReportCtKeyimages, tune8CertSchoolLeave, tune8CertIllnessStay,
  tune9DischargeSpacedEmr, tune9DischargeTownshipHand, tune9OutpatientPrivateSpaced, tune9OutpatientTcmCellwrap,
  tune9ReportLabAudit, tune9ReportCtSignoff, tune9CertSentenceHanddate, tune9CertGridValidity,
  tune10DischargeNoticeHalf, tune10DischargeDxTable, tune10OutpatientTickStrip, tune10OutpatientDialysisSheet,
  tune10ReportCgm, tune10ReportTdm, tune10CertTickStay, tune10CertChronicProof,
  tune11DischargeCourseRecord, tune11DischargeSummaryGrid, tune11OutpatientTcmDouble, tune11OutpatientAbbrevIcd, tune11ReportImagingClinical, tune11ReportLabDotmatrix, tune11CertStayParen, tune11CertTransferWeekday,
  tune12DischargeBorderedGrid, tune12DischargeCopyStamped, tune12OutpatientChronicReview, tune12OutpatientChildGuardian,
  tune12ReportLabTimeColumn, tune12ReportMarrow, tune12CertSentenceOnly, tune12CertRareDisease,
  tune13DischargeStaySentence, tune13DischargeTownshipFillin, tune13OutpatientHistorySidebar, tune13OutpatientChronicRx,
  tune13ReportThyroidFooter, tune13ReportUltrasoundDoppler, tune13CertStayTable, tune13CertTcmDual,
  tune14DischargeGridFooter, tune14DischargeProofOrders, tune14OutpatientCommunitySoap, tune14OutpatientEmergencyTimeline,
  tune14ReportCbcHistogram, tune14ReportMrTwoDates, tune14CertSchemeValidity, tune14CertA5SealDate,
  tune15DischargeRuledHeader, tune15DischargeDotmatrixNarrow, tune15OutpatientTcmSizhen, tune15OutpatientChronicTrend,
  tune15ReportGlucoseLandscape, tune15ReportEchoGrouped, tune15CertBoxedAdvice, tune15CertTcmNumerals,
  tune16DischargeCodedOutcome, tune16DischargeMchChild, tune16OutpatientInternetEsign, tune16OutpatientDialysisVisit,
  tune16ReportPathologyRequest, tune16ReportCoagFactor, tune16CertMentalHospital, tune16CertTransplant,
  tune17DischargeStayCell, tune17DischargeCourseTable, tune17OutpatientReceiptStrip, tune17OutpatientChronicSign,
  tune17ReportChemTwin, tune17ReportEndoscopySide, tune17CertPreprintedDate, tune17CertTcmDual,
  tune18DischargeEmrTwoline, tune18DischargeDxSidebyside, tune18OutpatientSpecialist, tune18OutpatientTownshipRx,
  tune18ReportChemThreeCol, tune18ReportCtFooter, tune18CertLandscapeHalf, tune18CertStampDate,
  tune19DischargeMergedGrid, tune19DischargeTwoUp, tune19OutpatientVitalsColumn, tune19OutpatientFollowupVisits,
  tune19ReportUrineBlood, tune19ReportUltrasoundPair, tune19CertWatermarkSerial, tune19CertHandDx,
  tune20DischargeBilingualCells, tune20DischargeFooterStay, tune20OutpatientHalfSlip, tune20OutpatientEmrRevisit,
  tune20ReportBloodGas, tune20ReportMriSignTime, tune20CertSealName, tune20CertChronicTicks,
  tune21DischargeOpenTable, tune21DischargeStaySpan, tune21OutpatientBookletBlanks, tune21OutpatientFollowupLedger,
  tune21ReportThyroidPrior, tune21ReportGastroscopyStrip, tune21CertVillageProse, tune21CertReferralSlip,
  tune22DischargeBilingualScript, tune22DischargeSentenceStay, tune22OutpatientRxStamp, tune22OutpatientSoapGutter,
  tune22ReportThermalSlip, tune22ReportCtImagesLeft, tune22CertPhotoBox, tune22CertChildRehab,
  tune23DischargeChemoCycles, tune23OutpatientMentalGuardian, tune23ReportDialysisMonth, tune23CertStentCard,
  tune23OutpatientGraftLevels, tune23ReportTbLab, tune23DischargePciDiagram, tune23CertTcmSyndrome,
  tune24DischargeHisCopy, tune24OutpatientPrevBoxed, tune24ReportCriticalCall, tune24CertInternetEsign,
  tune24CertStubBooklet,
  tune25DischargeFrontSheet, tune25OutpatientHtnFollowup, tune25CertPadHandfill, tune25ReportKioskQr,
  tune26ReportA5TwinTables, tune26DischargeSecondPage,
  tune26OutpatientBookletAd, tune26OutpatientRxLongterm, tune26OutpatientReferralUp,
  tune27CertDateCorrected, tune27DischargeBarcodeSticker, tune27ReportCarbonCopy, tune27OutpatientSealName,
  tune27CertTickSigned,
  tune28ReportSideTables, tune28OutpatientAllergySidebar, tune28DischargePairHeader, tune28CertStampColumn,
  tune29CertChronicHanddate, tune29CertProseNumeral, tune29OutpatientTownshipSlip, tune29OutpatientEmrQr,
  blindDischarge1, blindDischarge2, blindOutpatient1, blindOutpatient2, blindReport1, blindReport2, blindCertificate1, blindCertificate2,
  blind2Discharge1, blind2Discharge2, blind2Outpatient1, blind2Outpatient2, blind2Report1, blind2Report2, blind2Certificate1, blind2Certificate2,
  blind3Discharge1, blind3Discharge2, blind3Outpatient1, blind3Outpatient2, blind3Report1, blind3Report2, blind3Certificate1, blind3Certificate2,
  blind4Discharge1, blind4Discharge2, blind4Outpatient1, blind4Outpatient2, blind4Report1, blind4Report2, blind4Certificate1, blind4Certificate2,
  blind5Discharge1, blind5Discharge2, blind5Outpatient1, blind5Outpatient2, blind5Report1, blind5Report2, blind5Certificate1, blind5Certificate2,
  blind6Discharge1, blind6Discharge2, blind6Outpatient1, blind6Outpatient2, blind6Report1, blind6Report2, blind6Certificate1, blind6Certificate2,
  blind7Discharge1, blind7Discharge2, blind7Outpatient1, blind7Outpatient2, blind7Report1, blind7Report2, blind7Certificate1, blind7Certificate2,
  blind8Discharge1, blind8Discharge2, blind8Outpatient1, blind8Outpatient2, blind8Report1, blind8Report2, blind8Certificate1, blind8Certificate2,
  blind9Discharge1, blind9Discharge2, blind9Outpatient1, blind9Outpatient2, blind9Report1, blind9Report2, blind9Certificate1, blind9Certificate2,
  blind10Discharge1, blind10Discharge2, blind10Outpatient1, blind10Outpatient2, blind10Report1, blind10Report2, blind10Certificate1,
  blind10Certificate2,
  blind11Discharge1, blind11Discharge2, blind11Outpatient1, blind11Outpatient2, blind11Report1, blind11Report2, blind11Certificate1,
  blind11Certificate2,
  blind12Discharge1, blind12Discharge2, blind12Outpatient1, blind12Outpatient2, blind12Report1, blind12Report2, blind12Certificate1,
  blind12Certificate2,
  blind13Discharge1, blind13Discharge2, blind13Outpatient1, blind13Outpatient2, blind13Report1, blind13Report2, blind13Certificate1,
  blind13Certificate2,
  blind14Discharge1, blind14Discharge2, blind14Outpatient1, blind14Outpatient2, blind14Report1, blind14Report2, blind14Certificate1,
  blind14Certificate2,
  blind15Discharge1, blind15Discharge2, blind15Outpatient1, blind15Outpatient2, blind15Report1, blind15Report2, blind15Certificate1,
  blind15Certificate2,
  blind16Discharge1, blind16Discharge2, blind16Outpatient1, blind16Outpatient2, blind16Report1, blind16Report2, blind16Certificate1,
  blind16Certificate2,
  blind17Discharge1, blind17Outpatient1, blind17Report1, blind17Certificate1,
  blind18Discharge1, blind18Outpatient1, blind18Report1, blind18Certificate1,
  blind19Discharge1, blind19Outpatient1, blind19Report1, blind19Certificate1,
  blind20Discharge1, blind20Outpatient1, blind20Report1, blind20Certificate1,
  blind21Discharge1, blind21Outpatient1, blind21Report1, blind21Certificate1,
  blind22Discharge1, blind22Outpatient1, blind22Report1, blind22Certificate1,
  blind23Discharge1, blind23Outpatient1, blind23Report1, blind23Certificate1,
  blind24Discharge1, blind24Outpatient1, blind24Report1, blind24Certificate1,
];

export type LayoutInfo = Pick<Layout, 'id' | 'kind' | 'split' | 'style' | 'exercises'>;

export const LAYOUTS: readonly LayoutInfo[] = ALL.map(({ id, kind, split, style, exercises }) => ({ id, kind, split, style, exercises }));

const layout = (id: string): Layout => {
  const found = ALL.find((l) => l.id === id);
  if (!found) throw new Error(`no layout ${id}`);
  return found;
};

type CleanPage = {
  fields: Fields; text: string; hospital: string;
  /** Box around the printed text, px. */
  extent: { left: number; right: number; top: number; bottom: number };
  /** Printed cells drawn over one another (should be none). */
  overlaps: [string, string][];
};

function draw(layoutId: string, index: number, seed: number): { sheet: Sheet; page: CleanPage } {
  const l = layout(layoutId);
  const rng = Rng.of(seed, l.id, index);
  const doc = l.doc(rng);
  const sheet = new Sheet();
  l.draw(sheet, doc, rng);
  const page = { fields: sheet.fields(), text: sheet.text(), hospital: doc.hospital.name, extent: { ...sheet.extent }, overlaps: sheet.overlaps() };
  return { sheet, page };
}

/** The clean page `index` of a layout drawn but not encoded: its truth, for checks that need no image. */
export const cleanTruth = (layoutId: string, index: number, seed = 1): CleanPage => draw(layoutId, index, seed).page;

/** The clean page `index` of a layout: its PNG, fields and text. */
export async function renderClean(layoutId: string, index: number, seed = 1): Promise<CleanPage & { png: Buffer }> {
  const { sheet, page } = draw(layoutId, index, seed);
  const png = await sharp(sheet.canvas.data(), { raw: { width: sheet.width, height: sheet.height, channels: 4 } })
    .removeAlpha().png({ compressionLevel: 6 }).toBuffer();
  return { ...page, png };
}

export type CorpusOptions = {
  /** Which layouts: 'tune' (default), 'blind' (held out) or 'all' (every split). */
  readonly split?: Split | 'all';
  /** Documents per layout (default 3). */
  readonly perLayout?: number;
  /** The first document's number within its layout (default 0). */
  readonly from?: number;
  /** Each document is delivered once per degradation (default: all four). */
  readonly degradations?: readonly Degradation[];
  readonly seed?: number;
  /** Only these layouts (within the split). */
  readonly layouts?: readonly string[];
};

/** Which layouts and document numbers a corpus request covers, in order, without drawing anything. */
export function corpusPlan(o: CorpusOptions = {}): { layout: LayoutInfo; index: number }[] {
  const split = o.split ?? 'tune';
  return LAYOUTS
    .filter((l) => (split === 'all' || l.split === split) && (!o.layouts || o.layouts.includes(l.id)))
    .flatMap((l) => Array.from({ length: o.perLayout ?? 3 }, (_, i) => ({ layout: l, index: (o.from ?? 0) + i })));
}

/**
 * The pages, lazily (a page is a few megabytes): for each layout of the split, `perLayout`
 * documents, each under every requested degradation. Deterministic by seed.
 */
export async function* corpus(o: CorpusOptions = {}): AsyncGenerator<CorpusPage> {
  const seed = o.seed ?? 1;
  for (const { layout: l, index } of corpusPlan(o)) {
    const clean = await renderClean(l.id, index, seed);
    for (const degradation of o.degradations ?? DEGRADATIONS) {
      const truth: PageTruth = {
        id: `${l.id}-${String(index).padStart(3, '0')}-${degradation}`,
        layoutId: l.id, split: l.split, kind: l.kind, degradation, hospital: clean.hospital, fields: clean.fields, text: clean.text,
      };
      yield { truth, png: await degrade(clean.png, degradation, Rng.of(seed, l.id, index, 'degrade').int(1, 0x7fffffff)) };
    }
  }
}

/** All pages at once (small corpora only). */
export async function corpusPages(o: CorpusOptions = {}): Promise<CorpusPage[]> {
  const pages: CorpusPage[] = [];
  for await (const p of corpus(o)) pages.push(p);
  return pages;
}
