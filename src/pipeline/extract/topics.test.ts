import { describe, expect, it } from 'vitest';
import { topicsOf } from './topics';

describe('topicsOf', () => {
  it('reads arrivals and returnees named by a place’s one-character short name (来X返X)', () => {
    expect(topicsOf('要对来榕返榕人员落实健康监测')).toContain('外防输入');
    expect(topicsOf('做好来义返义人员报备')).toContain('外防输入');
  });
  it('reads testing rounds named by their rhythm (落地检, 三天两检, 一日一检)', () => {
    expect(topicsOf('严格落实“落地检”')).toContain('核酸检测');
    expect(topicsOf('实行“三天两检”')).toContain('核酸检测');
    expect(topicsOf('重点人员一日一检')).toContain('核酸检测');
  });
  it('takes a road checkpoint (检查站, 检查点) for no inspection, and an inspection for one', () => {
    expect(topicsOf('要在高速公路出口设置检查站')).not.toContain('督导问责');
    expect(topicsOf('要加强检查，发现问题立即整改')).toContain('督导问责');
  });
  it('reads 应隔尽隔 and 应治尽治, and takes a 农贸市场 for a place to control, not the economy', () => {
    expect(topicsOf('做到应隔尽隔')).toContain('隔离管控');
    expect(topicsOf('做到应治尽治')).toContain('医疗救治');
    expect(topicsOf('加强农贸市场管理')).toEqual(['重点场所']);
    expect(topicsOf('保持市场稳定')).toContain('经济民生');
  });
  it('gives topics in table order and none to a sentence of none', () => {
    expect(topicsOf('要加快疫苗接种，做好核酸检测')).toEqual(['核酸检测', '疫苗接种']);
    expect(topicsOf('会议由他主持')).toEqual([]);
  });
});
