/**
 * The topic vocabulary for directives: the tags a public-health or governance researcher would file a
 * directive under. Each topic lists keywords (Simplified; directives are folded to Simplified before
 * matching), and a directive gets every topic one of whose keywords it contains. To add a topic or a
 * synonym, edit this table only.
 *
 * | topic      | what it covers                                                        |
 * |------------|-----------------------------------------------------------------------|
 * | 流调溯源   | epidemiological investigation, tracing contacts and sources            |
 * | 核酸检测   | PCR / antigen testing, screening rounds, sampling points               |
 * | 隔离管控   | quarantine, isolation sites, home isolation, lockdown / sealed areas    |
 * | 医疗救治   | treatment of patients, hospitals, hospital infection control           |
 * | 疫苗接种   | vaccination                                                           |
 * | 外防输入   | preventing imported cases: arrivals, borders, checkpoints, cold chain   |
 * | 重点场所   | key places and groups: markets, schools, transport hubs, gatherings     |
 * | 物资保障   | supplies: medical material, daily necessities, logistics, price control |
 * | 社会面管控 | control of community spread and movement of people                     |
 * | 责任落实   | responsibility systems, command structure, duty rosters                |
 * | 督导问责   | inspection, supervision, accountability, discipline                    |
 * | 宣传舆情   | publicity, information release, public opinion, rumours                |
 * | 社会稳定   | petitions, public order, safety, social stability                      |
 * | 基层党建   | party organisations and cadres at the grassroots, community grid work   |
 * | 经济民生   | the economy, production, livelihoods, care for residents and workers    |
 * | 应急准备   | emergency response mechanisms, plans, drills, reserves                  |
 */
/** A word the directive contains, or a pattern for a family of words (来汝返汝, 来通返通: 来X返X). */
export type TopicKeyword = string | RegExp;

export const TOPIC_KEYWORDS: Readonly<Record<string, readonly TopicKeyword[]>> = {
  流调溯源: ['流调', '溯源', '密接', '传播链', '接触者', '追踪', '风险人员排查'],
  // 落地检, 三天两检, 一日一检: testing rounds named by their rhythm
  核酸检测: [
    '核酸',
    '检测',
    '筛查',
    '采样',
    '抗原',
    '检尽检',
    '落地检',
    /[一二两三四五六七\d]天[一二两三四五六七\d]检|一日一检/,
  ],
  隔离管控: ['隔离', '封控', '管控区', '闭环', '转运', '居家', '健康监测', '集中观察', '应隔尽隔'],
  医疗救治: [
    '救治',
    '医疗',
    '患者',
    '诊疗',
    '医院',
    '院感',
    '病例',
    '中西医',
    '发热门诊',
    '预检分诊',
    '心理疏导',
    '应治尽治',
  ],
  疫苗接种: ['疫苗', '接种'],
  外防输入: [
    '外防输入',
    '境外输入',
    '入境',
    '输入',
    '来返',
    // 来汝返汝人员: arrivals and returnees named by the place's one-character short name
    /来[\u4e00-\u9fff]返[\u4e00-\u9fff]/,
    '返乡',
    '卡口',
    '关口',
    '交通入口',
    '冷链',
    '进口',
    '高风险地区',
    '中高风险',
  ],
  重点场所: [
    '重点场所',
    '重点区域',
    '重点部位',
    '重点人群',
    '重点人员',
    '聚集',
    '商超',
    '农贸市场',
    '超市',
    '学校',
    '养老',
    '景区',
    '场站',
    '医疗机构',
    '农村',
  ],
  物资保障: ['物资', '保供', '供应', '储备', '物流', '货运', '保障到位'],
  社会面管控: ['社会面', '人员流动', '流动', '扩散', '清零', '传播', '减少聚集', '管控措施'],
  责任落实: ['责任', '指挥', '领导小组', '值班', '值守', '包保', '压实', '组织领导', '履职', '靠前', '统筹'],
  // (a 检查站 or 检查点 is a checkpoint on the road, no inspection)
  督导问责: ['督导', '督查', /检查(?![站点])/, '问责', '追责', '纪律', '整改', '失职'],
  宣传舆情: ['宣传', '舆情', '舆论', '发布', '信息报送', '谣', '关切', '告知', '引导'],
  社会稳定: ['稳定', '信访', '维稳', '治安', '安全生产', '矛盾', '隐患', '森林防火', '大局'],
  基层党建: ['党建', '党组织', '党员', '党支部', '党小组', '基层', '网格', '干部', '战斗堡垒'],
  // (a 农贸市场 is a place to control, not the economy)
  经济民生: [
    '经济',
    '民生',
    '生产生活',
    '群众生活',
    '困难群众',
    '关心关爱',
    '复工',
    /(?<!农贸|集贸|批发)市场/,
    '人文关怀',
    '就医',
  ],
  应急准备: ['应急', '预案', '准备', '演练', '扩容', '备好', '储备'],
};
