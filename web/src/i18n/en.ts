/**
 * English catalogue: every word the page shows (the scenario schema's own descriptions, shown
 * in control help, are English only). zh.ts must have exactly the same keys; a test checks.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
export const en = {
  'app.title': 'Blood transfusion or hematopoiesis?',
  'app.subtitle': 'Two villages, the same people, the same luck: one lives on transfers, one on its own work.',
  'app.language': 'Language',
  'app.scenario': 'Baseline: {file}',
  'app.load': 'Load scenario file…',
  'app.loadHelp': 'A scenario file (scenarios/*.yaml): both villages are built on it.',
  'app.reset': 'Reset',
  'app.running': 'Simulating…',
  'app.timing': '{ms} ms per simulated year ({years} years × {runs} runs)',

  'time.play': 'Play',
  'time.pause': 'Pause',
  'time.back': 'One year back',
  'time.forward': 'One year forward',
  'time.year': 'Year',
  'time.keys': 'Keys: space play/pause, ← → one year',
  'time.withdrawal': 'support withdrawn from {year}',
  'time.phaseSupport': 'support years',
  'time.phaseAfter': 'after withdrawal',

  'village.transfusion': 'Transfusion village',
  'village.hematopoiesis': 'Hematopoiesis village',
  'village.transfusion.short': 'Transfusion',
  'village.hematopoiesis.short': 'Hematopoiesis',
  'village.baseline': 'Baseline (mixed modes)',
  'village.transfusion.tagline': 'dividends and transfers',
  'village.hematopoiesis.tagline': 'cooperative, jobs, training',
  'village.sample': 'showing {shown} of {total} households',
  'village.grid': '{village}: households in {year}, coloured by poverty status',

  'stat.income': 'income per person',
  'stat.poor': 'households poor',
  'stat.selfMade': 'self-made share',
  'unit.yuan': 'yuan',

  'status.above': 'above the line',
  'status.atRisk': 'at risk (near the line)',
  'status.poor': 'below the poverty line',
  'status.gone': 'household dissolved',

  'tip.household': 'Household {id}',
  'tip.members': 'members',
  'tip.income': 'income per person',
  'tip.registered': 'registered poor',
  'tip.headAge': 'age of head',
  'tip.status': 'status',
  'tip.yes': 'yes',
  'tip.no': 'no',

  'chart.income': 'Income per person (yuan per year)',
  'chart.line': 'poverty line',
  'chart.shares': 'Where income comes from',
  'chart.transfusionShare': 'transfusion (transfers, dividends)',
  'chart.hematopoiesisShare': 'hematopoiesis (own work)',
  'chart.rkv': 'Empowerment (0-1)',
  'chart.rkvKey': 'R resources · K knowledge · V agency',
  'chart.year': 'year',
  'chart.share': 'share of income',
  'chart.level': 'level (0-1)',

  'panel.lesson': 'Lesson',
  'panel.controls': 'Settings',
  'panel.numbers': 'Numbers',

  'lesson.step': 'Step {n} of {total}',
  'lesson.prev': 'Previous step',
  'lesson.next': 'Next step',
  'lesson.question': 'Ask the class',
  'lesson.look': 'Look at',
  'lesson.notes': 'Teacher notes',
  'lesson.applied': 'This step sets: {settings}',
  'lesson.nothing': 'the baseline settings',

  'lesson.samePeople.title': 'Two villages, the same people',
  'lesson.samePeople.text': 'Both villages start in 2016 with exactly the same households: the same ages, land, illnesses and luck. Only the support differs. On the left, households receive dividends from the village fund and transfers ("blood transfusion"). On the right, they get cooperative places, workshop and factory jobs, and training ("hematopoiesis": making blood of their own).',
  'lesson.samePeople.question': 'Before we start: which village do you expect to be better off in ten years? And in twenty?',
  'lesson.samePeople.look': 'The two grids: each dot is a household. Blue circles are above the poverty line, orange triangles close to it (at risk), red squares below it. Hover over a dot for its numbers.',
  'lesson.samePeople.notes': 'Common random numbers: the same seed gives both villages the same births, illnesses, prices and shocks, so any difference comes from the support alone. Write the class\'s predictions on the board and come back to them in step 6.',

  'lesson.supportYears.title': 'The years of support (2016-2025)',
  'lesson.supportYears.text': 'From 2016 the targeted poverty-alleviation campaign runs, followed by the 2021-2025 transition period in which policy "stays on". Press Play and watch the years go by until 2025.',
  'lesson.supportYears.question': 'While support lasts, where does each village\'s income come from? Is one of them clearly richer?',
  'lesson.supportYears.look': 'The chart "Where income comes from": the pink part is transfusion (dividends, transfers), the green part hematopoiesis (farming, wages, the cooperative, remittances).',
  'lesson.supportYears.notes': 'Incomes are per person per year in 2020 yuan; the poverty line is about 4,000 yuan. Note that the transfusion village also works its own land: most income is self-made in both villages. Ask what the dividend adds per person.',

  'lesson.withdrawal.title': 'Support is withdrawn',
  'lesson.withdrawal.text': 'From the withdrawal year dividends and cooperative and workshop subsidies stop, welfare posts taper off, and living support and medical cover fold into the ordinary rural system. Play on past the withdrawal line.',
  'lesson.withdrawal.question': 'Which village falls back when support ends, and why?',
  'lesson.withdrawal.look': 'The income chart after the dashed withdrawal line, and the dots turning orange or red.',
  'lesson.withdrawal.notes': 'Return-to-poverty monitoring is still on in this step: households found below the line are topped up to it, so few dots turn red. That safety net is itself a transfer; step 4 removes it.',

  'lesson.safetyNet.title': 'Without the safety net',
  'lesson.safetyNet.text': 'Now monitoring also ends at the withdrawal: nobody is topped up to the line any more. This shows how much each village earns on its own.',
  'lesson.safetyNet.question': 'Which households fall below the line now? Who are they (hover over the red dots: age, members)?',
  'lesson.safetyNet.look': 'The red dots after the withdrawal year, and the share of poor households under each grid.',
  'lesson.safetyNet.notes': 'The model does not assume which mode holds up: the outcome comes from labour, skills, prices and policy. With the current calibration the result may differ from what the field studies expect; docs/validation.md reports this honestly. Discuss why: jobs and cooperative places are scarce, and subsidies to cooperatives also end.',

  'lesson.youngLeave.title': 'The young leave',
  'lesson.youngLeave.text': 'Out-migration of the young is raised: many people aged 16-45 leave for the cities. The village ages.',
  'lesson.youngLeave.question': 'When the workers leave, who is left to work in the cooperative and the workshop? Which kind of support still reaches the old?',
  'lesson.youngLeave.look': 'Empowerment (R, K, V) and the hematopoiesis share in each village; the age of the head in the hover text.',
  'lesson.youngLeave.notes': 'Migrants send money home (remittances count as self-made income), so out-migration can raise income while emptying the village. Labour-poor elderly households depend on the social floor in both villages (Cao and Li, §4.1.3).',

  'lesson.gentleExit.title': 'Design a better exit',
  'lesson.gentleExit.text': 'Support now tapers off over several years instead of stopping at once, and training is doubled. Try your own settings: the withdrawal year, the path, training, the mode mix.',
  'lesson.gentleExit.question': 'What would you advise the county: when and how to withdraw, and what to invest in first?',
  'lesson.gentleExit.look': 'Knowledge K in the hematopoiesis village, and incomes in the years after withdrawal.',
  'lesson.gentleExit.notes': 'Go back to the predictions from step 1. A "Reset" returns every setting to the scenario. Every setting is a field of a scenario file: the same run can be repeated with the command line (docs/demo.md).',

  'control.withdrawalYear': 'Withdrawal year',
  'control.withdrawalPath': 'Withdrawal path',
  'control.monitoring': 'Return-to-poverty monitoring after withdrawal',
  'control.outMigration': 'Out-migration of the young',
  'control.dividendRate': 'Dividend rate (return on the fund\'s shares)',
  'control.training': 'Training intensity',
  'control.shareholdingAccess': 'Transfusion village: households with fund shares',
  'control.cooperativeAccess': 'Hematopoiesis village: households offered a cooperative place',
  'control.employmentAccess': 'Hematopoiesis village: households reached by jobs and training',
  'control.seed': 'Random seed',
  'control.schema': 'Scenario field {path} ({unit}); range {min}-{max}; schema default {def}; source {source}. {description}',

  'option.asScenario': 'as in the scenario (each instrument its own)',
  'option.keep': 'keep',
  'option.abrupt': 'stop at once',
  'option.taper': 'taper off',
  'option.fold': 'fold into the ordinary system',
  'option.strengthen': 'strengthen',

  'numbers.caption': 'Income per person (yuan per year), mode all, group all: the same figures as the incomeMean rows of yearly.csv',
  'numbers.year': 'Year',
  'numbers.line': 'Poverty line',

  'error.title': 'This scenario file has mistakes; nothing was changed:',
  'error.close': 'Close',
  'error.worker': 'The simulation failed: {message}',
} as const;

export type MessageKey = keyof typeof en;
/** A catalogue for another language: every key, translated. */
export type Catalogue = Record<MessageKey, string>;
