import { useMemo } from 'react';
import type { Command } from '../../../model/design/commands/apply';
import type { ColourMap, ColourRef, Design, Element, Transform } from '../../../model/design/schema';
import type { FontInfo } from './types';
import { useI18n } from '../../i18n';
import { ProductFieldPicker } from './ProductFieldPicker';
import { appendField, fieldValue } from '../../editor/insert-label-item';
import type { DesignResources } from '../../editor/resources';
import { ColourField, NumberField, type PaletteColour } from './fields';
import { AlignButtons } from './AlignButtons';
import { TemplateSize } from './TemplateSize';
import type { TemplateResult } from '../../../model/templates/types';

interface Props {
  doc: Design;
  selection: readonly string[];
  palette: PaletteColour[];
  fonts: FontInfo[];
  resources: DesignResources;
  template: TemplateResult;
  run: (cmds: Command | Command[], label?: string) => void;
}

/** 属性: what the selected element is and every setting of it, in mm / pt / %. */
export function PropertiesPanel(props: Props) {
  const { t } = useI18n();
  const { doc, selection } = props;
  const selected = doc.elements.filter((e) => selection.includes(e.id));
  return (
    <aside className="cmp-props" aria-labelledby="cmp-props-title">
      <h2 id="cmp-props-title">{t('prop.title')}</h2>
      {selected.length === 0 && (
        <>
          <p className="muted hint">{t('prop.none')}</p>
          <TemplateSize doc={doc} run={props.run} />
        </>
      )}
      {selected.length > 1 && (
        <>
          <p>{t('prop.multi', { n: selected.length })}</p>
          <AlignButtons ids={selected.map((e) => e.id)} run={props.run} />
        </>
      )}
      {selected.length === 1 && <ElementProps {...props} el={selected[0]} />}
    </aside>
  );
}

function ElementProps(props: Props & { el: Element }) {
  const { t } = useI18n();
  const { el, run } = props;
  const locked = el.locked;
  const id = el.id;
  // handlers that stay the same while the same element is shown: the memoised fields then
  // re-render only when their own value changes (a nudge touches X alone)
  const h = useMemo(() => {
    const setT = (transform: Partial<Transform>) => run({ type: 'update-element', id, transform });
    const set = (p: Record<string, unknown>) => run({ type: 'update-element', id, props: p as never });
    return {
      setT,
      set,
      x: (x: number) => setT({ x }),
      y: (y: number) => setT({ y }),
      width: (width: number) => setT({ width }),
      height: (height: number) => setT({ height }),
      rotation: (rotation: number) => setT({ rotation }),
      opacity: (o: number) => set({ opacity: o / 100 }),
    };
  }, [id, run]);
  const { setT, set } = h;
  const tr = el.transform;
  const isCredit = props.doc.credits.blockId === el.id;
  return (
    <div className="prop-list">
      {locked && <p className="field-warning">{t('prop.locked')}</p>}
      {isCredit && <p className="prop-note">{t('prop.credit')}</p>}
      <label>
        <span>{t('prop.name')}</span>
        <input
          key={el.id + el.name}
          data-field="name"
          defaultValue={el.name}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          onBlur={(e) => e.target.value.trim() && e.target.value !== el.name && run({ type: 'rename', id: el.id, name: e.target.value })}
        />
      </label>
      <div className="prop-grid">
        <NumberField label={t('prop.x')} value={tr.x} disabled={locked} onCommit={h.x} />
        <NumberField label={t('prop.y')} value={tr.y} disabled={locked} onCommit={h.y} />
        <NumberField label={t('prop.w')} value={tr.width} min={0} disabled={locked} onCommit={h.width} />
        <NumberField label={t('prop.h')} value={tr.height} min={0} disabled={locked} onCommit={h.height} />
        <NumberField label={t('prop.rotation')} value={tr.rotation} disabled={locked} onCommit={h.rotation} />
        <NumberField label={t('prop.opacity')} value={el.opacity * 100} min={0} max={100} digits={0} disabled={locked} onCommit={h.opacity} />
      </div>
      {panelOf(props.template, el.panelId) && !locked && (
        <div>
          <span className="small muted">{t('cmp.align.panel')}</span>
          <AlignButtons ids={[el.id]} run={run} to={panelOf(props.template, el.panelId)!.bounds} label={t('cmp.align.panel')} />
        </div>
      )}
      {el.kind === 'text' && <TextProps {...props} el={el} set={set} />}
      {(el.kind === 'motif' || el.kind === 'pattern') && <RecolourProps {...props} colourMap={el.colourMap} motifId={el.motifId} set={set} locked={locked} />}
      {el.kind === 'pattern' && <PatternProps {...props} el={el} set={set} setT={setT} />}
      {el.kind === 'shape' && (
        <>
          {el.shape !== 'line' && <ColourField label={t('prop.fill')} value={el.fill} palette={props.palette} allowNone disabled={locked} onChange={(fill) => set({ fill })} />}
          <ColourField
            label={t('prop.stroke')}
            value={el.stroke?.colour}
            palette={props.palette}
            allowNone={el.shape !== 'line'}
            disabled={locked}
            onChange={(c) => set({ stroke: c ? { colour: c, widthMm: el.stroke?.widthMm ?? 0.5 } : undefined })}
          />
          {el.stroke && <NumberField label={t('prop.strokeWidth')} value={el.stroke.widthMm} min={0.05} step={0.1} disabled={locked} onCommit={(w) => set({ stroke: { ...el.stroke!, widthMm: w } })} />}
        </>
      )}
      {el.kind === 'qr' && (
        <>
          <label>
            <span>{t('prop.qr')}</span>
            <input key={el.id + el.content} defaultValue={el.content} disabled={locked} onBlur={(e) => e.target.value && e.target.value !== el.content && set({ content: e.target.value })} />
          </label>
          <label>
            <span>{t('prop.ec')}</span>
            <select value={el.ecLevel} disabled={locked} onChange={(e) => set({ ecLevel: e.target.value })}>
              {['L', 'M', 'Q', 'H'].map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
        </>
      )}
      {el.kind === 'nutrition-table' && (
        <>
          <label>
            <span>{t('prop.nutritionLayout')}</span>
            <select value={el.layout} disabled={locked} onChange={(e) => set({ layout: e.target.value })}>
              <option value="vertical">{t('prop.nutritionLayout.vertical')}</option>
              <option value="horizontal">{t('prop.nutritionLayout.horizontal')}</option>
            </select>
          </label>
          <NumberField label={t('prop.size')} value={el.sizePt} min={4} max={24} step={0.5} disabled={locked} onCommit={(v) => set({ sizePt: v })} />
        </>
      )}
      {el.kind === 'barcode' && (
        <>
          <label>
            <span>{t('prop.gtin')}</span>
            <input key={el.id + el.gtin} defaultValue={el.gtin} inputMode="numeric" disabled={locked} onBlur={(e) => e.target.value !== el.gtin && set({ gtin: e.target.value.trim() })} />
          </label>
          <NumberField label={t('prop.magnification')} value={el.magnification} min={0.8} max={2} step={0.1} disabled={locked} onCommit={(m) => set({ magnification: m })} />
        </>
      )}
      {el.kind === 'image' && (
        <fieldset className="prop-set">
          <legend>{t('prop.crop')}</legend>
          <div className="prop-grid">
            {(['left', 'top', 'width', 'height'] as const).map((k) => {
              const crop = el.crop ?? { left: 0, top: 0, width: el.pixelWidth, height: el.pixelHeight };
              return <NumberField key={k} label={t(`prop.crop.${k}`)} value={crop[k]} min={0} digits={0} disabled={locked} onCommit={(v) => set({ crop: { ...crop, [k]: v } })} />;
            })}
          </div>
          {el.crop && (
            <button type="button" disabled={locked} onClick={() => set({ crop: undefined })}>
              {t('prop.crop.clear')}
            </button>
          )}
        </fieldset>
      )}
    </div>
  );
}

function TextProps({ el, set, run, palette, fonts, resources }: Props & { el: Extract<Element, { kind: 'text' }>; set: (p: Record<string, unknown>) => void }) {
  const { t, l } = useI18n();
  const locked = el.locked;
  return (
    <>
      <label>
        <span>{t('prop.text')}</span>
        <textarea key={el.id + el.text} defaultValue={el.text} rows={3} disabled={locked} onBlur={(e) => e.target.value !== el.text && set({ text: e.target.value })} />
      </label>
      <ProductFieldPicker disabled={locked} onInsert={(token) => run(appendField(el, token, fieldValue(resources?.product(), token)))} />
      <label>
        <span>{t('prop.font')}</span>
        <select value={el.fontId} disabled={locked} onChange={(e) => set({ fontId: e.target.value })}>
          {!fonts.some((f) => f.id === el.fontId) && <option value={el.fontId}>{el.fontId}</option>}
          {fonts.map((f) => (
            <option key={f.id} value={f.id}>
              {l(f.name)}
            </option>
          ))}
        </select>
      </label>
      <div className="prop-grid">
        <NumberField label={t('prop.size')} value={el.sizePt} min={2} max={400} step={0.5} disabled={locked} onCommit={(sizePt) => set({ sizePt })} />
        <NumberField label={t('prop.lineHeight')} value={el.lineHeight} min={0.5} max={5} step={0.1} disabled={locked} onCommit={(lineHeight) => set({ lineHeight })} />
      </div>
      <div className="prop-grid">
        <label>
          <span>{t('prop.direction')}</span>
          <select value={el.direction} disabled={locked} onChange={(e) => set({ direction: e.target.value })}>
            <option value="horizontal">{t('prop.direction.horizontal')}</option>
            <option value="vertical">{t('prop.direction.vertical')}</option>
          </select>
        </label>
        <label>
          <span>{t('prop.align')}</span>
          <select value={el.align} disabled={locked} onChange={(e) => set({ align: e.target.value })}>
            {(['start', 'center', 'end', 'justify'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`prop.align.${a}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ColourField label={t('prop.colour')} value={el.colour} palette={palette} disabled={locked} onChange={(colour) => colour && set({ colour })} />
    </>
  );
}

const NO_COLOURS: string[] = [];

function RecolourProps({ resources, motifId, colourMap, set, palette, locked }: Props & { motifId: string; colourMap: ColourMap; set: (p: Record<string, unknown>) => void; locked: boolean }) {
  const { t } = useI18n();
  const colours = resources.motif(motifId)?.colours ?? NO_COLOURS;
  // one handler per colour, the same until the colour map changes (the fields are memoised)
  const onChange = useMemo(
    () =>
      new Map(
        colours.map((hex) => [
          hex,
          (ref: ColourRef | undefined) => {
            const next = { ...colourMap };
            if (ref) next[hex] = ref;
            else delete next[hex];
            set({ colourMap: next });
          },
        ]),
      ),
    [colours, colourMap, set],
  );
  if (colours.length === 0) return null;
  return (
    <fieldset className="prop-set">
      <legend>{t('prop.recolour')}</legend>
      {colours.map((hex) => (
        <div key={hex} className="recolour-row">
          <span className="swatch big" style={{ background: hex }} aria-hidden />
          <ColourField
            label={t('prop.recolour.from', { hex })}
            value={colourMap[hex]}
            palette={palette}
            allowOriginal
            disabled={locked}
            onChange={onChange.get(hex)!}
          />
        </div>
      ))}
    </fieldset>
  );
}

function PatternProps({ el, set, setT, template }: Props & { el: Extract<Element, { kind: 'pattern' }>; set: (p: Record<string, unknown>) => void; setT: (t: Partial<Transform>) => void }) {
  const { t } = useI18n();
  const locked = el.locked;
  const panel = template.panels.find((p) => p.id === el.panelId);
  return (
    <fieldset className="prop-set">
      <legend>{t('prop.pattern')}</legend>
      <div className="prop-grid">
        <label>
          <span>{t('prop.mode')}</span>
          <select value={el.mode} disabled={locked} onChange={(e) => set({ mode: e.target.value, ...(e.target.value === 'border' && !el.edge ? { edge: 'bottom' } : {}) })}>
            <option value="tile">{t('prop.mode.tile')}</option>
            <option value="border">{t('prop.mode.border')}</option>
          </select>
        </label>
        {el.mode === 'border' && (
          <label>
            <span>{t('prop.edge')}</span>
            <select value={el.edge ?? 'bottom'} disabled={locked} onChange={(e) => set({ edge: e.target.value })}>
              {(['top', 'bottom', 'left', 'right', 'all'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`prop.edge.${k}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <NumberField label={t('prop.tileMm')} value={el.tileMm} min={1} max={500} disabled={locked} onCommit={(tileMm) => set({ tileMm })} />
        <NumberField label={t('prop.spacing')} value={el.spacingMm} min={0} max={200} disabled={locked} onCommit={(spacingMm) => set({ spacingMm })} />
        <label>
          <span>{t('prop.mirror')}</span>
          <select value={el.mirror} disabled={locked} onChange={(e) => set({ mirror: e.target.value })}>
            {(['none', 'x', 'y', 'xy'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`prop.mirror.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {panel && (
        <button type="button" disabled={locked} onClick={() => setT({ ...panel.bounds, rotation: 0 })}>
          {t('prop.fitPanel')}
        </button>
      )}
    </fieldset>
  );
}

function panelOf(template: TemplateResult, id: string | undefined) {
  return id ? template.panels.find((p) => p.id === id) : undefined;
}
