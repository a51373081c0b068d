// ADDITION to the leaflet: the published sources of the examination battery
// (content/examination.ts), each with the exact sentences we read, where we read them.
// Every figure the battery shows appears in one of these quotes (tested).
import type { Citation } from './schema';

export const citations: readonly Citation[] = [
  {
    id: 'grimaldi-2017',
    short: 'Grimaldi 2017',
    reference:
      'Grimaldi A, et al. Utility of clinical tests to diagnose MRI-confirmed gluteal tendinopathy in patients presenting with lateral hip pain. Br J Sports Med 2017;51:519–524.',
    quotes: [
      {
        text: 'Tests found to have the both compressive and active tension components (SLS, modified FADER and ADD tests) were most specific and palpation was found most sensitive.',
        url: 'https://anatomia-fisioterapia.es/hip/articles/systems/musculoskeletal/lower-extremity/hip/clinical-tests-for-diagnosing-gluteal-tendinopathy',
        about: 'summary of the paper',
      },
      {
        text: 'Keeping in mind the small sample size, results indicate that lateral hip pain within 30 seconds of single-leg standing highly predicts GT on MRI, while lack of palpable tenderness makes GT unlikely.',
        url: 'https://www.scribd.com/',
        about: 'page summary of an uploaded copy of the paper, read through websiteproxy.net',
      },
    ],
  },
  {
    id: 'grimaldi-2014',
    short: 'Grimaldi 2014',
    reference:
      'Grimaldi A, Mellor R, Vicenzino B, Bennell K, Hodges P. Gluteal tendinopathy – clinical diagnosis vs. MRI diagnosis? Br J Sports Med 2014;48(Suppl 2):A43 (conference abstract, same research group).',
    quotes: [
      {
        text: 'The clinical tests included passive hip flexion to 90°/ adduction to end of range (EOR)/ external rotation (ER) (i.e. FADER), FADER with static resisted hip internal rotation (FADER-R), hip flexion/abduction/ER (FABER), passive EOR hip adduction in sidelying (ADD), ADD with static resisted abduction at EOR (ADDR), and palpation of the greater trochanter.',
        url: 'http://bjsm.bmj.com/content/48/Suppl_2/A43.1',
      },
    ],
  },
  {
    id: 'kinsella-2024',
    short: 'Kinsella 2024',
    reference:
      'Kinsella R, Semciw AI, Hawke LJ, Stoney J, Choong PFM, Dowsey MM. Diagnostic accuracy of clinical tests for assessing greater trochanteric pain syndrome: a systematic review with meta-analysis. J Orthop Sports Phys Ther 2024;54(1):26–49. doi:10.2519/jospt.2023.11890',
    quotes: [
      {
        text: 'In people reporting lateral hip pain, a negative gluteal tendon (GT) palpation test followed by a negative resisted hip abduction test significantly reduced the posttest probability of GTPS from 59% to 14%.',
        url: 'https://search.dita.org.au/results/2483',
        about: 'abstract',
      },
      {
        text: 'In those with a positive GT palpation test followed by a positive resisted hip abduction test, the posttest probability of GTPS significantly shifted from 59% to 96%.',
        url: 'https://search.dita.org.au/results/2483',
        about: 'abstract',
      },
    ],
  },
  {
    id: 'fearon-2013',
    short: 'Fearon 2013',
    reference:
      'Fearon AM, Scarvell JM, Neeman T, Cook JL, Cormick W, Smith PN. Greater trochanteric pain syndrome: defining the clinical syndrome. Br J Sports Med 2013;47:649–653.',
    quotes: [
      {
        text: 'Participants identified the site of reproduced pain.',
        url: 'https://bjsm.bmj.com/content/47/10/649.long',
        about: 'abstract',
      },
      {
        text: 'Conclusions Patients with LHP in the absence of difficulty with manipulating shoes and socks, together with pain on palpation of the greater trochanter and LHP with a FABER test are likely to have GTPS',
        url: 'https://researchprofiles.canberra.edu.au/en/publications/greater-trochanteric-pain-syndrome-defining-the-clinical-syndrome',
        about: 'abstract',
      },
    ],
  },
  {
    id: 'lequesne-2008',
    short: 'Lequesne 2008',
    reference:
      'Lequesne M, et al. Gluteal tendinopathy in refractory greater trochanter pain syndrome: diagnostic value of two clinical tests. Arthritis Rheum 2008. PMID 18240186.',
    quotes: [
      {
        text: 'The 2 tests evaluated the occurrence of pain similar to spontaneous pain during a single-leg stance held for 30 seconds and resisted external derotation in a supine position (hip flexed 90 degrees ) then prone position (hip extended).',
        url: 'https://www.qxmd.com/r/18240186',
        about: 'abstract',
      },
      {
        text: 'A matched control population without hip pain was examined similarly.',
        url: 'https://www.qxmd.com/r/18240186',
        about: 'abstract',
      },
      {
        text: 'Seventeen patients completed the study (mean +/- SD age 68.1 +/- 10.8 years, mean duration of symptoms 13 months).',
        url: 'https://www.qxmd.com/r/18240186',
        about: 'abstract',
      },
      {
        text: 'Sensitivity and specificity were 100% and 97.3%, respectively, for the single-leg stance test and 88% and 97.3%, respectively, for the resisted external derotation test in the supine position.',
        url: 'https://www.qxmd.com/r/18240186',
        about: 'abstract',
      },
    ],
  },
];
