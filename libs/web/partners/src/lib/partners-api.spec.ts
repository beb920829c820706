import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RiskDto, SharedRevisionDto } from '@tryggplan/shared/domain';
import { SharedPlansApi } from './partners-api';

const risk = (id: number) => ({ id: `r${id}`, title: `Risk ${id}` }) as RiskDto;
const risks = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => risk(from + i));

describe('SharedPlansApi.revision', () => {
  let http: HttpTestingController;
  let api: SharedPlansApi;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(SharedPlansApi);
  });

  afterEach(() => http.verify());

  it('joins the pages of the register after the first one', async () => {
    const answer = api.revision('s1', 2);
    http
      .expectOne('/api/shared/s1/revisions/2')
      .flush({ revision: 2, riskCount: 1200, risks: risks(0, 50) } as SharedRevisionDto);
    await new Promise((resolve) => setTimeout(resolve));
    http
      .expectOne('/api/shared/s1/revisions/2/risks?offset=50&limit=500')
      .flush({ items: risks(50, 550), total: 1200 });
    http
      .expectOne('/api/shared/s1/revisions/2/risks?offset=550&limit=500')
      .flush({ items: risks(550, 1050), total: 1200 });
    http
      .expectOne('/api/shared/s1/revisions/2/risks?offset=1050&limit=500')
      .flush({ items: risks(1050, 1200), total: 1200 });
    const revision = await answer;
    expect(revision.risks?.map((r) => r.id)).toEqual(risks(0, 1200).map((r) => r.id));
  });

  it('asks for no pages when the register is out of scope or complete', async () => {
    const outOfScope = api.revision('s1', 1);
    http.expectOne('/api/shared/s1/revisions/1').flush({ revision: 1, riskCount: 80, risks: null });
    expect((await outOfScope).risks).toBeNull();
    const small = api.revision('s1', 3);
    http.expectOne('/api/shared/s1/revisions/3').flush({ revision: 3, riskCount: 2, risks: risks(0, 2) });
    expect((await small).risks).toHaveLength(2);
  });
});
