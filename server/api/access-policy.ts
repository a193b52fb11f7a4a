/**
 * Who may call each tRPC procedure: one line per procedure, declared here apart from the
 * routers so that it can be read (and reviewed) as one table. The authorisation matrix test
 * (tests/integration/access-matrix.test.ts) calls every procedure as every kind of user and
 * checks the answer against this table; a procedure that is not in the table fails that test.
 *
 * - public: anyone, signed in or not (registering a firm, accepting an invitation)
 * - signedIn: anyone signed in, whatever the role
 * - worker, coordinator, admin: that role only
 * - employer: HR of an approved firm
 * - employerAnyStatus: HR of a firm whatever its approval (pending, rejected, suspended): only
 *   what such a firm may see while it waits
 * - workerOrEmployer: either side of an introduction (an employer of an approved firm)
 * - workerOrCoordinator: a worker about their own transition, or their region's coordinator
 */
export type Audience =
  | 'public'
  | 'signedIn'
  | 'worker'
  | 'employer'
  | 'employerAnyStatus'
  | 'workerOrEmployer'
  | 'workerOrCoordinator'
  | 'coordinator'
  | 'admin';

export const accessPolicy = {
  'account.list': 'admin',
  'account.disable': 'admin',
  'account.enable': 'admin',
  'atRiskWorker.listMine': 'employer',
  'atRiskWorker.get': 'employer',
  'atRiskWorker.confirmSkills': 'employer',
  'coordination.caseload': 'coordinator',
  'coordination.caseloadExport': 'coordinator',
  'coordination.caseloadSummary': 'coordinator',
  'coordination.caseloadWorker': 'coordinator',
  'coordination.addNote': 'coordinator',
  'coordination.societalValue': 'coordinator',
  'coordination.setValueAssumptions': 'coordinator',
  'coordination.settings': 'coordinator',
  'coordination.updateSettings': 'coordinator',
  'coordination.coordinators': 'coordinator',
  'coordination.inviteCoordinator': 'coordinator',
  'coordination.coordinatorInvitations': 'coordinator',
  'coordination.resendInvitation': 'coordinator',
  'coordination.revokeInvitation': 'coordinator',
  'coordination.trainingOffers': 'coordinator',
  'coordination.createTrainingOffer': 'coordinator',
  'coordination.deleteTrainingOffer': 'coordinator',
  'coordination.importTrainingOffers': 'coordinator',
  'employerAccount.listForEmployer': 'coordinator',
  'employerAccount.disable': 'coordinator',
  'employerAccount.enable': 'coordinator',
  'introduction.invite': 'employer',
  'introduction.respond': 'worker',
  'introduction.answerInterest': 'employer',
  'introduction.step': 'employer',
  'introduction.withdraw': 'workerOrEmployer',
  'introduction.listMine': 'workerOrEmployer',
  'introduction.get': 'workerOrEmployer',
  'introduction.reopenTransition': 'workerOrCoordinator',
  'introduction.regionPlacements': 'coordinator',
  'invitation.inviteWorker': 'employer',
  'invitation.importWorkers': 'employer',
  'invitation.setSkills': 'employer',
  'invitation.inviteColleague': 'employer',
  'invitation.listColleagues': 'employer',
  'invitation.resend': 'employer',
  'invitation.revoke': 'employer',
  'invitation.lookup': 'public',
  'invitation.acceptWorker': 'public',
  'invitation.acceptColleague': 'public',
  'invitation.acceptCoordinator': 'public',
  'market.candidates': 'employer',
  'market.candidate': 'employer',
  'market.save': 'worker',
  'market.unsave': 'worker',
  'market.hide': 'worker',
  'market.unhide': 'worker',
  'market.listSaved': 'worker',
  'market.listHidden': 'worker',
  'market.expressInterest': 'worker',
  'market.withdrawInterest': 'worker',
  'market.hideReasonCounts': 'coordinator',
  'matching.forMe': 'worker',
  'myData.profileViews': 'worker',
  'myData.export': 'worker',
  'myData.erase': 'worker',
  'notification.listMine': 'signedIn',
  'notification.unreadCount': 'signedIn',
  'notification.markRead': 'signedIn',
  'notification.markAllRead': 'signedIn',
  'notification.preferences': 'signedIn',
  'notification.setPreferences': 'signedIn',
  'organisation.register': 'public',
  'organisation.mine': 'employerAnyStatus',
  'organisation.listForRegion': 'coordinator',
  'organisation.approvalQueue': 'coordinator',
  'organisation.decideApproval': 'coordinator',
  'redundancy.listMine': 'employer',
  'redundancy.formDefaults': 'employer',
  'redundancy.get': 'employer',
  'redundancy.cohort': 'employer',
  'redundancy.create': 'employer',
  'redundancy.update': 'employer',
  'redundancy.cancel': 'employer',
  'region.overview': 'coordinator',
  'dashboard.overview': 'coordinator',
  'dashboard.jobSupply': 'coordinator',
  'dashboard.skillGaps': 'coordinator',
  'dashboard.equity': 'coordinator',
  'dashboard.flows': 'coordinator',
  'region.listPublic': 'public',
  'region.list': 'admin',
  'search.vacancies': 'signedIn',
  'search.candidates': 'employer',
  'taxonomy.searchSkills': 'signedIn',
  'taxonomy.searchOccupations': 'signedIn',
  'taxonomy.occupationSkills': 'signedIn',
  'transitionPaths.mine': 'worker',
  'transitionPaths.cohorts': 'coordinator',
  'transitionPaths.cohort': 'coordinator',
  'vacancy.listMine': 'employer',
  'vacancy.locations': 'employer',
  'vacancy.create': 'employer',
  'vacancy.get': 'employer',
  'vacancy.preview': 'employer',
  'vacancy.update': 'employer',
  'vacancy.publish': 'employer',
  'vacancy.close': 'employer',
  'vacancy.reopen': 'employer',
  'vacancy.duplicate': 'employer',
  'vacancy.importCsv': 'employer',
  'worker.me': 'worker',
  'worker.completeness': 'worker',
  'worker.setVisibility': 'worker',
  'worker.addSkill': 'worker',
  'worker.adoptSkills': 'worker',
  'worker.setSkillLevel': 'worker',
  'worker.removeSkill': 'worker',
  'worker.setDesiredOccupations': 'worker',
  'worker.occupationProposals': 'worker',
  'worker.setCurrentOccupation': 'worker',
  'worker.setEducationLevel': 'worker',
  'worker.setGender': 'worker',
  'worker.addExperience': 'worker',
  'worker.updateExperience': 'worker',
  'worker.removeExperience': 'worker',
  'worker.setLanguages': 'worker',
  'worker.setPreferences': 'worker',
} as const satisfies Record<string, Audience>;

export type ProcedurePath = keyof typeof accessPolicy;
