/**
 * Words of the genre that jieba's dictionary (compiled around 2013) lacks or knows only as rarities:
 * the vocabulary of epidemic control and of government meeting reports since 2020. The repair's word
 * model adds them to the lexicon, so a realignment that restores 居家隔离 or 动态清零 is not outscored by
 * one made of older, more frequent words (经营 + 都 + 隔离).
 *
 * Written from general knowledge of the genre (state media usage), not from any sample report. Words of
 * two to four characters only (the word model looks no further). Frequencies are on jieba's scale, where
 * 落实 is about 4400: CORE words are as common as that in this genre, the rest a tenth of it.
 */
const CORE = `
防控 疫情防控 管控 封控 清零 动态清零 核酸 核酸检测 抗原检测 隔离 居家隔离 集中隔离 隔离点 闭环 闭环管理
新冠 新冠肺炎 新冠病毒 确诊 确诊病例 无症状 感染者 密接 次密接 流调 溯源 排查 筛查 采样 检测点 应检尽检
疫苗 接种 疫苗接种 加强针 健康码 行程码 场所码 核酸码 落地检 返乡 来返 外防输入 内防反弹 内防扩散
常态化 精准防控 联防联控 群防群治 四早 领导小组 指挥部 扁平化 压实 压实责任 四方责任 包保 下沉 网格 网格化 网格员
督导 督导检查 追责 问责 追责问责 抓实 抓细 抓实抓细 阻击战 歼灭战 保卫战 攻坚战 持久战 社会面 中高风险 高风险区
中风险区 低风险区 封控区 管控区 防范区 方舱 方舱医院 定点医院 发热门诊 预检分诊 院感 救治 医疗救治 物资保障 保供
保供稳价 冷链 进口冷链 转运 人员流动 聚集性 复工复产 复商复市 复学 疫情形势 研判 研究部署 分析研判 会商 调度
`;
const COMMON = `
两个责任 主体责任 属地责任 部门责任 单位责任 个人责任 应收尽收 应治尽治 应隔尽隔 应接尽接 早发现 早报告 早隔离
早治疗 四类人员 重点人群 重点场所 重点人员 重点地区 人员密集 公共场所 农贸市场 商超 景区 交通场站 卡口 检查站
值班值守 应急处置 应急预案 应急演练 储备 物资储备 生活物资 防疫物资 医疗物资 保障有力 兜底 兜牢 民生保障
居民小区 小区 楼栋 村社 村社干部 社区干部 志愿者 下沉干部 党员干部 基层党组织 战斗堡垒 先锋模范 担当作为
宣传引导 舆情 舆论引导 信息发布 新闻发布会 谣言 不信谣 不传谣 个人防护 戴口罩 勤洗手 一米线 测温 扫码 亮码
入境人员 境外输入 本土病例 本土疫情 输入病例 关联病例 病毒变异 奥密克戎 德尔塔 毒株 传播链 风险人员 健康监测
居家健康监测 集中观察 核酸筛查 全员核酸 区域核酸 混采 单采 阳性 阴性 初筛 复核 检测能力 检测机构 实验室
视频会议 电视电话会议 分会场 主会场 专题会议 调度会 推进会 部署会 工作会议 出席会议 主持会议 参加会议 讲话精神
重要指示 重要讲话 决策部署 总书记 党中央 国务院 联防联控机制 省委省政府 市委市政府 县委县政府 守土有责 守土担责
守土尽责 慎终如始 科学精准 精准施策 分级分类 一地一策 不折不扣 落实落细 落地见效 取得实效 坚决打赢 人民至上
生命至上 以快制快 快速处置 底线思维 警钟长鸣 麻痹思想 厌战情绪 侥幸心理 松劲心态 从严从紧 从严从实 严防死守
应消尽消 应种尽种 应采尽采 应查尽查 应管尽管 应转尽转 应测尽测 应储尽储 纾困 纾困解难 助企纾困 惠企 稳岗
`;

function entries(block: string, freq: number): Array<[string, number]> {
  return block
    .split(/\s+/)
    .filter((w) => w.length >= 2 && w.length <= 4)
    .map((w) => [w, freq]);
}

export const DOMAIN_WORDS: ReadonlyArray<readonly [string, number]> = [...entries(CORE, 4000), ...entries(COMMON, 400)];
