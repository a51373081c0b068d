// During a consult the clinician ticks risk factors, scores pain and reviews progress;
// the panel keeps it for the browser session only, and "New patient" clears it.
import { describe, expect, it } from 'vitest';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe('consult state', () => {
  it('comes back after closing and reopening the panel', async () => {
    const first = await PanelPage.open(suite.driver);
    await first.fillConsult();
    await expect.poll(() => first.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);
    await first.close();

    const again = await PanelPage.open(suite.driver);
    // The last open view is remembered too.
    expect(await again.selectedView()).toBe('Pijn');
    expect(await again.painScore()).toBe(3);
    expect(await again.isChosen('Nee')).toBe(true);
    expect(await again.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);
    await again.showView("Risico's");
    expect(await again.isTicked('Hoge BMI')).toBe(true);
    expect(await again.shows(/Factoren van buitenaf\s*1 aangevinkt/)).toBe(true);

    // Nothing of the consult on disk or in sync; it is all in the session area.
    expect(await again.storage('local')).toEqual({});
    expect(await again.storage('sync')).toEqual({});
    expect(await again.storage('session')).toMatchObject({
      consult: {
        riskFactors: ['high-bmi', 'overload-repetitions'],
        painScore: 3,
        painIncrease: 'no',
        review: ['adherence'],
      },
    });
    await again.close();
  });

  it('shows what Copy did above the footer, and leaves every footer button clickable', async () => {
    const panel = await PanelPage.open(suite.driver, 360);
    await panel.fillConsult();
    await panel.showView('Notitie');
    const said = await panel.copyNote();
    expect(said).toMatch(/^Gekopieerd/);
    // The footer wraps to two rows at 360 px; a floating message used to lie over its top row.
    expect(await panel.coveredFooterButtons()).toEqual([]);
    await panel.close();
  });

  it('"New patient" clears everything, can be undone, and stays cleared after reopening', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.fillConsult();
    await panel.newPatient();
    expect(await panel.painScore()).toBe(null);
    expect(await panel.verdict()).toMatch(/^Oordeel: nog niet te beoordelen/);

    await panel.press('Ongedaan maken');
    await expect.poll(() => panel.painScore()).toBe(3);

    await panel.newPatient();
    await expect.poll(() => panel.painScore()).toBe(null);
    await panel.close();
    const reopened = await PanelPage.open(suite.driver);
    expect(await reopened.painScore()).toBe(null);
    await reopened.showView("Risico's");
    expect(await reopened.ticked()).toEqual([]);
    await reopened.close();
  });

  it('copies the risk-factor summary for the record', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.fillConsult();
    await panel.showView("Risico's");
    expect(await panel.nextAnnouncement(() => panel.press('Kopieer samenvatting'))).toMatch(/^Gekopieerd/);
    const ehr = await EhrPage.open(suite.driver, suite.server.url('paste-targets.html'));
    await ehr.clickInto('#plain');
    await ehr.paste();
    expect(await ehr.value('#plain')).toBe(
      'Besproken als mogelijk bijdragende factoren\nUitgaande van het lichaam: Hoge BMI.\n\nFactoren van buitenaf: Overbelasting (toename van herhalingen).',
    );
    await ehr.close();
    await panel.close();
  });
});

describe('keyboard only', () => {
  it('moves between views, ticks, scores, answers, composes and copies without a mouse', async () => {
    const panel = await PanelPage.open(suite.driver);
    const press = async (...keys: string[]) => {
      for (const key of keys) await panel.pressKey(key);
    };
    await panel.focus('tab', 'Advies');
    await press('Home', 'ArrowRight');
    expect(await panel.selectedView()).toBe("Risico's");
    await panel.viewRendered();
    expect((await panel.focused()).text).toBe("Risico's");

    // Tab past the language switch to the first factor, tick it with Space.
    await press('Tab', 'Tab', 'Tab');
    expect((await panel.focused()).id).toBe('factor-genetics');
    await press('Space');
    expect(await panel.isTicked('Genetica')).toBe(true);

    // Past the examination to the pain view: arrow keys move along the 0–10 row.
    await panel.focus('tab', "Risico's");
    await press('ArrowRight', 'ArrowRight');
    expect(await panel.selectedView()).toBe('Pijn');
    await panel.viewRendered();
    await panel.focus('radio', '0');
    await press('Space', 'ArrowRight', 'ArrowRight');
    expect(await panel.painScore()).toBe(2);
    await press('Tab', 'Space', 'ArrowRight');
    expect(await panel.isChosen('Nee')).toBe(true);
    await expect.poll(() => panel.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);

    // Copy with Enter on the focused button.
    await panel.focus('button', 'Kopieer pijncheck');
    expect(await panel.nextAnnouncement(() => press('Enter'))).toMatch(/^Gekopieerd/);
    // Compose: to the note view, pick a section with Space, copy the note with Enter.
    await panel.focus('tab', 'Pijn');
    await press('ArrowRight');
    expect(await panel.selectedView()).toBe('Notitie');
    await panel.viewRendered();
    await press('Tab', 'Tab', 'Tab');
    expect((await panel.focused()).id).toBe('given-what-is-it');
    await press('Space');
    await expect.poll(async () => (await panel.notePreview()).text).toContain('aard van de aandoening');
    await panel.focus('button', 'Kopieer notitie');
    expect(await panel.nextAnnouncement(() => press('Enter'))).toMatch(/^Gekopieerd/);

    // The button itself (other tests start fresh through storage, not through it).
    await panel.focus('button', 'Nieuwe patiënt');
    await press('Enter');
    await expect.poll(() => panel.isTicked('Wat is het en wie krijgt het?')).toBe(false);
    await panel.close();
  });
});
