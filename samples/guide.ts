/**
 * A hospital's 《办事不找关系指南》 for the samples: the items patients ask about most,
 * each with what to bring, the steps, the time limit, the fee, where, when, and whom to
 * call or complain to. Modelled on published hospital guides; the hospital is fictional.
 */
import type { Guide, GuideItem } from '../utils/feed/schema';

export interface GuideContext {
  site: string;
  consultPhone: string;
  complaintPhone: string;
  /** Campus ids: main and second. */
  main: string;
  second?: string;
  publishedAt: string;
  version: string;
}

type ItemSpec = Omit<GuideItem, 'id' | 'consultPhone' | 'complaintChannels' | 'url'> & { id: string };

const DAY_HOURS = {
  'zh-CN': '周一至周五 8:00—11:30，13:30—16:30；节假日见门诊安排',
  en: 'Mon–Fri 8:00–11:30, 13:30–16:30; holidays: see notices',
};
const ALL_WEEK = {
  'zh-CN': '每天 7:30—17:00（含周末、节假日）',
  en: 'Daily 7:30–17:00, weekends and holidays included',
};

function items(ctx: GuideContext): ItemSpec[] {
  const at = (place: string, en: string, window?: string, campus = ctx.main) => ({
    campus,
    place: { 'zh-CN': place, en },
    ...(window && { window }),
  });
  const idCard = {
    name: {
      'zh-CN': '患者有效身份证件（身份证、社保卡或电子医保凭证）',
      en: "Patient's ID (ID card, social security card or e-insurance code)",
    },
    original: true,
  };
  return [
    {
      id: 'appointment',
      name: { 'zh-CN': '预约挂号', en: 'Booking an appointment' },
      category: '就诊服务',
      basis: ['《医疗机构管理条例》', '《辽宁省卫生健康系统优化营商环境若干举措》（辽卫发〔2025〕34号）'],
      serviceObject: '所有就诊患者',
      conditions: '实名制预约；号源按时段分配，每个时段不超过30分钟',
      materials: [idCard],
      steps: [
        {
          'zh-CN': '通过微信公众号、小程序、官网、电话或自助机选择科室、医生和就诊时段',
          en: 'Choose department, doctor and time slot via WeChat, the mini-program, the website, phone or kiosk',
        },
        {
          'zh-CN': '按预约时段提前15分钟到达，在诊区签到',
          en: 'Arrive 15 minutes before the slot and check in at the clinic area',
        },
        { 'zh-CN': '叫号后就诊', en: 'See the doctor when called' },
      ],
      timeLimit: {
        value: 0,
        unit: 'minute',
        text: {
          'zh-CN': '即时办结；号源提前7天8:00放号，不在夜间放号',
          en: 'Immediate; slots open 7 days ahead at 8:00, never at night',
        },
      },
      fee: {
        free: false,
        text: {
          'zh-CN': '按物价部门核定的挂号费（诊察费）收取，预约不另收费',
          en: 'The approved consultation fee; booking itself is free',
        },
      },
      locations: [at('门诊楼一层挂号收费处', 'Outpatient building, floor 1, registration', '1—8号窗口')],
      hours: ALL_WEEK,
      onlineChannels: [
        { type: 'wechat', name: { 'zh-CN': '医院微信公众号', en: 'Hospital WeChat account' } },
        { type: 'web', name: { 'zh-CN': '医院官网预约', en: 'Hospital website' }, url: `${ctx.site}/booking` },
        { type: 'phone', name: { 'zh-CN': '电话预约', en: 'Phone booking' } },
        { type: 'kiosk', name: { 'zh-CN': '门诊自助机', en: 'Self-service kiosks' } },
      ],
      visitsRequired: 1,
      responsibleDept: '门诊部',
      faq: [
        {
          q: '预约后不能按时就诊怎么办？',
          a: '就诊前一日17:00前可在预约渠道免费取消；爽约3次以上将暂停网上预约资格90天。',
        },
        { q: '熟人能帮忙加号吗？', a: '不能。本院不设人情号，所有号源在预约平台公开，停诊、加号信息同步公布。' },
      ],
    },
    {
      id: 'elderly-onsite',
      name: { 'zh-CN': '老年人现场挂号（绿色通道）', en: 'On-site registration for older patients (green channel)' },
      category: '就诊服务',
      serviceObject: '65周岁以上老年人、残疾人、孕产妇及行动不便患者',
      conditions: '无需提前预约，保留不少于20%的现场号源',
      materials: [idCard],
      steps: ['到“老年人优先”窗口或一站式服务中心', '工作人员协助挂号、缴费', '导医陪同至诊区，优先就诊'],
      timeLimit: { value: 10, unit: 'minute' },
      fee: { free: false, text: '按核定挂号费收取' },
      locations: [
        at('门诊楼一层一站式服务中心', 'Outpatient building, floor 1, one-stop service center', '老年人优先窗口'),
      ],
      hours: ALL_WEEK,
      visitsRequired: 1,
      responsibleDept: '门诊部',
    },
    {
      id: 'cancel-change',
      name: { 'zh-CN': '退号与改约', en: 'Cancelling or changing an appointment' },
      category: '就诊服务',
      materials: [{ name: '预约记录（线上可查）', original: false }],
      steps: ['在原预约渠道选择“取消预约”或“改约”', '已缴挂号费原路退回'],
      timeLimit: { value: 3, unit: 'workday', text: '退款3个工作日内原路退回' },
      fee: { free: true },
      locations: [at('门诊楼一层挂号收费处', 'Outpatient building, floor 1', '1—8号窗口')],
      hours: ALL_WEEK,
      onlineChannels: [{ type: 'wechat', name: '医院微信公众号' }],
      visitsRequired: 0,
      responsibleDept: '门诊部',
    },
    {
      id: 'exam-booking',
      name: { 'zh-CN': '检查检验预约', en: 'Booking tests and imaging' },
      category: '就诊服务',
      materials: [{ name: '医生开具的检查申请单（电子）', original: false }],
      steps: ['缴费后在自助机或公众号选择检查时间', '按预约时间到检查科室报到'],
      timeLimit: { value: 1, unit: 'day', text: 'CT、超声一般次日内可做，磁共振3个工作日内' },
      fee: { free: true },
      locations: [at('医技楼一层检查预约中心', 'Diagnostics building, floor 1, test booking center')],
      hours: DAY_HOURS,
      onlineChannels: [{ type: 'mini-program', name: '医院小程序' }],
      visitsRequired: 1,
      responsibleDept: '医技部',
    },
    {
      id: 'results',
      name: { 'zh-CN': '检查检验结果查询与互认', en: 'Test results and mutual recognition' },
      category: '就诊服务',
      conditions: '省内同级医疗机构检查检验结果按规定互认，不重复检查',
      materials: [idCard],
      steps: ['在公众号或自助机查询、打印报告', '外院结果请交接诊医生确认互认'],
      timeLimit: { value: 1, unit: 'workday', text: '常规检验当日出结果，影像报告1个工作日内' },
      fee: { free: true },
      locations: [at('门诊楼一层自助打印区', 'Outpatient building, floor 1, self-service printers')],
      hours: ALL_WEEK,
      visitsRequired: 0,
      responsibleDept: '医务部',
    },
    {
      id: 'payment',
      name: { 'zh-CN': '门诊缴费与医保结算', en: 'Outpatient payment and insurance settlement' },
      category: '费用与票据',
      materials: [idCard, { name: '医保电子凭证或社保卡', original: true }],
      steps: ['诊间、手机或自助机缴费', '医保部分实时结算，个人仅付自付部分'],
      timeLimit: { value: 0, unit: 'minute', text: '即时办结' },
      fee: { free: true },
      locations: [at('门诊楼各层收费处', 'Cashiers on every outpatient floor')],
      hours: ALL_WEEK,
      onlineChannels: [{ type: 'wechat', name: '医院微信公众号' }],
      visitsRequired: 0,
      responsibleDept: '财务部',
    },
    {
      id: 'chronic-disease',
      name: { 'zh-CN': '门诊慢特病认定', en: 'Chronic and special disease certification' },
      category: '医保服务',
      materials: [
        idCard,
        { name: '近一年相关病历、检查报告', original: true },
        { name: '门诊慢特病申请表', copies: 1 },
      ],
      steps: ['专科医生评估并填写申请表', '医保办审核', '结果在医保系统登记，次月生效'],
      timeLimit: { value: 15, unit: 'workday' },
      fee: { free: true },
      locations: [at('行政楼二层医保办', 'Administration building, floor 2, insurance office', '医保窗口')],
      hours: DAY_HOURS,
      visitsRequired: 1,
      responsibleDept: '医保办',
    },
    {
      id: 'diagnosis-stamp',
      name: { 'zh-CN': '诊断证明盖章', en: 'Stamping a medical certificate' },
      category: '证明与资料',
      materials: [idCard, { name: '医生开具的诊断证明书', original: true }],
      steps: ['核对诊断证明信息', '加盖医院诊断证明专用章'],
      timeLimit: { value: 10, unit: 'minute', text: '当场办结' },
      fee: { free: true },
      locations: [at('门诊楼一层一站式服务中心', 'Outpatient building, floor 1, one-stop service center', '盖章窗口')],
      hours: DAY_HOURS,
      visitsRequired: 1,
      responsibleDept: '医务部',
    },
    {
      id: 'admission',
      name: { 'zh-CN': '办理入院', en: 'Hospital admission' },
      category: '住院服务',
      materials: [
        idCard,
        { name: '住院证（医生开具）', original: true },
        { name: '医保电子凭证或社保卡', original: true },
      ],
      steps: ['到住院处或线上办理入院登记', '缴纳预交金', '到病区护士站报到'],
      timeLimit: { value: 15, unit: 'minute' },
      fee: { free: false, text: '按病情预交住院押金，出院多退少补' },
      locations: [at('住院楼一层住院处', 'Inpatient building, floor 1, admissions')],
      hours: ALL_WEEK,
      visitsRequired: 1,
      responsibleDept: '住院处',
      faq: [{ q: '危重患者来不及办手续怎么办？', a: '先住院救治，手续由家属或工作人员事后补办（容缺办理）。' }],
    },
    {
      id: 'discharge',
      name: { 'zh-CN': '出院结算（含异地医保）', en: 'Discharge settlement, out-of-province insurance included' },
      category: '费用与票据',
      materials: [
        idCard,
        { name: '预交金收据（电子）', original: false },
        { name: '异地就医备案凭证（异地医保患者）', waivable: true },
      ],
      steps: ['病区开具出院医嘱', '床旁或住院处结算', '异地医保直接结算，无需回参保地报销'],
      timeLimit: { value: 30, unit: 'minute' },
      fee: { free: true },
      locations: [at('住院楼一层出院结算处', 'Inpatient building, floor 1, discharge desk')],
      hours: ALL_WEEK,
      visitsRequired: 0,
      responsibleDept: '住院处',
    },
    {
      id: 'records-copy',
      name: { 'zh-CN': '病历复印', en: 'Copies of medical records' },
      category: '证明与资料',
      conditions: '出院结算十个工作日后可复印；可现场办理或邮寄',
      materials: [idCard, { name: '代办人身份证件及委托书（代办时）', original: true, waivable: false }],
      steps: ['现场或线上提交申请', '工作人员核对并复印', '现场领取或邮寄到家'],
      timeLimit: { value: 1, unit: 'workday', text: '现场当日办结；邮寄3个工作日内寄出' },
      fee: { free: false, text: '复印费0.5元/张；邮寄费由快递公司收取' },
      locations: [at('行政楼一层病案室', 'Administration building, floor 1, records office', '病案复印窗口')],
      hours: DAY_HOURS,
      onlineChannels: [{ type: 'mini-program', name: '医院小程序“病历邮寄”' }],
      visitsRequired: 0,
      responsibleDept: '病案室',
    },
    {
      id: 'birth-certificate',
      name: {
        'zh-CN': '出生医学证明（首次签发、换发、补发）',
        en: 'Birth certificate: first issue, renewal, replacement',
      },
      category: '证明与资料',
      basis: ['《中华人民共和国母婴保健法》'],
      materials: [
        { name: '父母双方身份证件', original: true },
        { name: '结婚证（如有）', original: true, waivable: true },
        { name: '分娩记录（院内自动调取）', original: false },
      ],
      steps: ['新生儿出生后在产科登记信息', '核对无误后签发', '换发、补发需提交申请并经审核'],
      timeLimit: { value: 5, unit: 'workday', text: '首次签发当日办结；补发20个工作日' },
      fee: { free: true },
      locations: [at('妇产科楼二层出生医学证明办理处', 'Maternity building, floor 2')],
      hours: DAY_HOURS,
      visitsRequired: 1,
      responsibleDept: '妇产科',
    },
    {
      id: 'death-certificate',
      name: { 'zh-CN': '死亡医学证明', en: 'Medical certificate of death' },
      category: '证明与资料',
      materials: [{ name: '死者及家属身份证件', original: true }],
      steps: ['经治医生填写', '医务部审核盖章', '家属领取'],
      timeLimit: { value: 1, unit: 'workday' },
      fee: { free: true },
      locations: [at('行政楼二层医务部', 'Administration building, floor 2, medical affairs')],
      hours: ALL_WEEK,
      visitsRequired: 1,
      responsibleDept: '医务部',
    },
    {
      id: 'imaging-loan',
      name: { 'zh-CN': '医学影像资料借调', en: 'Borrowing medical images' },
      category: '证明与资料',
      materials: [idCard, { name: '借调申请表', copies: 1 }],
      steps: ['提交申请', '影像科刻录光盘或提供云胶片链接'],
      timeLimit: { value: 1, unit: 'workday' },
      fee: { free: false, text: '光盘10元/张；云胶片免费' },
      locations: [at('医技楼一层影像科登记处', 'Diagnostics building, floor 1, imaging desk')],
      hours: DAY_HOURS,
      visitsRequired: 1,
      responsibleDept: '影像科',
    },
    {
      id: 'e-invoice',
      name: { 'zh-CN': '电子票据查询与打印', en: 'Electronic receipts' },
      category: '费用与票据',
      noMaterials: true,
      materials: [],
      steps: ['缴费后电子票据自动推送到手机', '可在公众号或自助机查询、打印'],
      timeLimit: { value: 0, unit: 'minute', text: '即时' },
      fee: { free: true },
      locations: [at('门诊楼一层自助机', 'Outpatient building, floor 1, kiosks')],
      hours: ALL_WEEK,
      onlineChannels: [{ type: 'wechat', name: '医院微信公众号' }],
      visitsRequired: 0,
      responsibleDept: '财务部',
    },
    {
      id: 'refund',
      name: { 'zh-CN': '退费', en: 'Refunds' },
      category: '费用与票据',
      materials: [idCard, { name: '医生或科室出具的退费确认', original: false }],
      steps: ['医生或执行科室确认未执行项目', '收费处办理，原路退回'],
      timeLimit: { value: 3, unit: 'workday', text: '原路退回3个工作日内到账' },
      fee: { free: true },
      locations: [at('门诊楼一层挂号收费处', 'Outpatient building, floor 1', '退费窗口')],
      hours: DAY_HOURS,
      visitsRequired: 1,
      responsibleDept: '财务部',
    },
    {
      id: 'complaint',
      name: { 'zh-CN': '投诉与建议', en: 'Complaints and suggestions' },
      category: '监督投诉',
      noMaterials: true,
      materials: [],
      steps: ['到医患关系办公室、拨打投诉电话或在线留言', '5个工作日内答复；涉及工作人员违规的转纪检部门'],
      timeLimit: { value: 5, unit: 'workday' },
      fee: { free: true },
      locations: [at('门诊楼一层医患关系办公室', 'Outpatient building, floor 1, patient relations office')],
      hours: DAY_HOURS,
      onlineChannels: [{ type: 'web', name: '在线留言', url: `${ctx.site}/feedback` }],
      visitsRequired: 0,
      responsibleDept: '医患关系办公室',
    },
  ];
}

/** The full guide, every item usable without asking anyone. */
export function buildGuide(
  ctx: GuideContext,
  options: { drop?: (keyof GuideItem)[]; only?: string[]; lists?: boolean } = {},
): Guide {
  const all = items(ctx)
    .filter((i) => !options.only || options.only.includes(i.id))
    .map((spec): GuideItem => {
      const item: GuideItem = {
        ...spec,
        consultPhone: ctx.consultPhone,
        complaintChannels: [
          { type: 'phone', value: ctx.complaintPhone },
          { type: 'phone', value: '12320' },
          { type: 'web', value: `${ctx.site}/feedback` },
        ],
        url: `${ctx.site}/guide/${spec.id}`,
      };
      for (const field of options.drop ?? []) delete (item as Partial<GuideItem>)[field];
      return item;
    });
  const guide: Guide = {
    title: { 'zh-CN': '办事不找关系指南', en: 'Guide to getting things done without connections' },
    url: `${ctx.site}/guide`,
    version: ctx.version,
    publishedAt: ctx.publishedAt,
    items: all,
  };
  if (options.lists !== false) {
    guide.prohibited = [
      { 'zh-CN': '不挂人情号、不私自加号', en: 'No favour slots, no private extra slots' },
      { 'zh-CN': '不为熟人插队加塞', en: 'No queue-jumping for acquaintances' },
      { 'zh-CN': '不收受患者及家属红包、礼品', en: 'No red envelopes or gifts from patients or families' },
      { 'zh-CN': '不收受药品、耗材回扣', en: 'No kickbacks on drugs or supplies' },
      { 'zh-CN': '不推诿、拒绝符合条件的办事群众', en: 'Never turn away anyone who qualifies' },
    ];
    guide.waivable = [
      { 'zh-CN': '危重患者先住院救治，后补办手续', en: 'Critically ill patients are admitted first, paperwork later' },
      { 'zh-CN': '急诊患者先救治、后缴费', en: 'Emergency patients are treated first, pay later' },
      {
        'zh-CN': '异地就医备案未完成的，可先按自费结算，备案后补报',
        en: 'Without out-of-province registration: settle as self-pay, claim afterwards',
      },
    ];
  }
  return guide;
}
