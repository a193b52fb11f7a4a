import { relations } from 'drizzle-orm';
import { memberships, users } from './auth';
import { introductionStatusHistory, introductions, matches, placements } from './matching';
import { organisations } from './organisations';
import { vacancyReactions } from './reactions';
import { redundancies } from './redundancies';
import { regions } from './regions';
import { occupationSkills, occupations, skillGroups, skills } from './taxonomy';
import { trainingOfferSkills, trainingOffers } from './training';
import { vacancies, vacancySkills } from './vacancies';
import { workerProfiles, workerSkills } from './workers';

export const regionsRelations = relations(regions, ({ many }) => ({
  organisations: many(organisations),
}));

export const organisationsRelations = relations(organisations, ({ one, many }) => ({
  region: one(regions, { fields: [organisations.regionId], references: [regions.id] }),
  vacancies: many(vacancies),
  redundancies: many(redundancies),
}));

export const usersRelations = relations(users, ({ one }) => ({
  membership: one(memberships, { fields: [users.id], references: [memberships.userId] }),
  workerProfile: one(workerProfiles, { fields: [users.id], references: [workerProfiles.userId] }),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  organisation: one(organisations, { fields: [memberships.organisationId], references: [organisations.id] }),
  region: one(regions, { fields: [memberships.regionId], references: [regions.id] }),
}));

export const skillsRelations = relations(skills, ({ one }) => ({
  broader: one(skills, { fields: [skills.broaderSkillId], references: [skills.id] }),
  group: one(skillGroups, { fields: [skills.skillGroupId], references: [skillGroups.id] }),
}));

export const occupationsRelations = relations(occupations, ({ many }) => ({
  skills: many(occupationSkills),
}));

export const occupationSkillsRelations = relations(occupationSkills, ({ one }) => ({
  occupation: one(occupations, { fields: [occupationSkills.occupationId], references: [occupations.id] }),
  skill: one(skills, { fields: [occupationSkills.skillId], references: [skills.id] }),
}));

export const redundanciesRelations = relations(redundancies, ({ one, many }) => ({
  organisation: one(organisations, { fields: [redundancies.organisationId], references: [organisations.id] }),
  workers: many(workerProfiles),
}));

export const workerProfilesRelations = relations(workerProfiles, ({ one, many }) => ({
  user: one(users, { fields: [workerProfiles.userId], references: [users.id] }),
  region: one(regions, { fields: [workerProfiles.regionId], references: [regions.id] }),
  currentOrganisation: one(organisations, {
    fields: [workerProfiles.currentOrganisationId],
    references: [organisations.id],
  }),
  redundancy: one(redundancies, { fields: [workerProfiles.redundancyId], references: [redundancies.id] }),
  currentOccupation: one(occupations, {
    fields: [workerProfiles.currentOccupationId],
    references: [occupations.id],
  }),
  skills: many(workerSkills),
}));

export const workerSkillsRelations = relations(workerSkills, ({ one }) => ({
  worker: one(workerProfiles, { fields: [workerSkills.workerId], references: [workerProfiles.id] }),
  skill: one(skills, { fields: [workerSkills.skillId], references: [skills.id] }),
}));

export const vacanciesRelations = relations(vacancies, ({ one, many }) => ({
  organisation: one(organisations, { fields: [vacancies.organisationId], references: [organisations.id] }),
  occupation: one(occupations, { fields: [vacancies.occupationId], references: [occupations.id] }),
  skills: many(vacancySkills),
}));

export const vacancySkillsRelations = relations(vacancySkills, ({ one }) => ({
  vacancy: one(vacancies, { fields: [vacancySkills.vacancyId], references: [vacancies.id] }),
  skill: one(skills, { fields: [vacancySkills.skillId], references: [skills.id] }),
}));

export const trainingOffersRelations = relations(trainingOffers, ({ many }) => ({
  skills: many(trainingOfferSkills),
}));

export const trainingOfferSkillsRelations = relations(trainingOfferSkills, ({ one }) => ({
  trainingOffer: one(trainingOffers, {
    fields: [trainingOfferSkills.trainingOfferId],
    references: [trainingOffers.id],
  }),
  skill: one(skills, { fields: [trainingOfferSkills.skillId], references: [skills.id] }),
}));

export const matchesRelations = relations(matches, ({ one }) => ({
  worker: one(workerProfiles, { fields: [matches.workerId], references: [workerProfiles.id] }),
  vacancy: one(vacancies, { fields: [matches.vacancyId], references: [vacancies.id] }),
}));

export const introductionsRelations = relations(introductions, ({ one, many }) => ({
  worker: one(workerProfiles, { fields: [introductions.workerId], references: [workerProfiles.id] }),
  vacancy: one(vacancies, { fields: [introductions.vacancyId], references: [vacancies.id] }),
  organisation: one(organisations, { fields: [introductions.organisationId], references: [organisations.id] }),
  history: many(introductionStatusHistory),
}));

export const introductionStatusHistoryRelations = relations(introductionStatusHistory, ({ one }) => ({
  introduction: one(introductions, {
    fields: [introductionStatusHistory.introductionId],
    references: [introductions.id],
  }),
}));

export const placementsRelations = relations(placements, ({ one }) => ({
  worker: one(workerProfiles, { fields: [placements.workerId], references: [workerProfiles.id] }),
  vacancy: one(vacancies, { fields: [placements.vacancyId], references: [vacancies.id] }),
  introduction: one(introductions, { fields: [placements.introductionId], references: [introductions.id] }),
  fromOrganisation: one(organisations, {
    fields: [placements.fromOrganisationId],
    references: [organisations.id],
  }),
  toOrganisation: one(organisations, {
    fields: [placements.toOrganisationId],
    references: [organisations.id],
  }),
}));

export const vacancyReactionsRelations = relations(vacancyReactions, ({ one }) => ({
  worker: one(workerProfiles, { fields: [vacancyReactions.workerId], references: [workerProfiles.id] }),
  vacancy: one(vacancies, { fields: [vacancyReactions.vacancyId], references: [vacancies.id] }),
}));
