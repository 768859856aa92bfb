using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartnershipEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PartnershipActions_HostOrganisations_HostOrganisationId",
                table: "PartnershipActions");

            migrationBuilder.DropIndex(
                name: "IX_PartnershipActions_HostOrganisationId_Date",
                table: "PartnershipActions");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "PartnershipActions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "EndTime",
                table: "PartnershipActions",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EstablishmentId",
                table: "PartnershipActions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "PartnershipActions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpeakerName",
                table: "PartnershipActions",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "StartTime",
                table: "PartnershipActions",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "PartnershipActions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "ApprenticeshipTaxContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprenticeshipTaxContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprenticeshipTaxContributions_HostOrganisations_HostOrgani~",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApprenticeshipTaxContributions_PartnershipActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PartnershipActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipActionCohorts",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipActionCohorts", x => new { x.ActionId, x.CohortId });
                    table.ForeignKey(
                        name: "FK_PartnershipActionCohorts_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipActionCohorts_PartnershipActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PartnershipActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipActionLearners",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipActionLearners", x => new { x.ActionId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_PartnershipActionLearners_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipActionLearners_PartnershipActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PartnershipActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipActionPartners",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipActionPartners", x => new { x.ActionId, x.HostOrganisationId });
                    table.ForeignKey(
                        name: "FK_PartnershipActionPartners_HostOrganisations_HostOrganisatio~",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipActionPartners_PartnershipActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "PartnershipActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // An action had one host organisation: it becomes the event's only partner, and the event belongs to that
            // organisation's establishment. Done before the column goes.
            migrationBuilder.Sql("""
                INSERT INTO "PartnershipActionPartners" ("ActionId", "HostOrganisationId")
                SELECT "Id", "HostOrganisationId" FROM "PartnershipActions";
                """);
            migrationBuilder.Sql("""
                UPDATE "PartnershipActions" SET
                    "EstablishmentId" = (SELECT h."EstablishmentId" FROM "HostOrganisations" h WHERE h."Id" = "PartnershipActions"."HostOrganisationId"),
                    "UpdatedAt" = "CreatedAt";
                """);

            migrationBuilder.DropColumn(
                name: "HostOrganisationId",
                table: "PartnershipActions");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActions_EstablishmentId_Date",
                table: "PartnershipActions",
                columns: new[] { "EstablishmentId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprenticeshipTaxContributions_ActionId",
                table: "ApprenticeshipTaxContributions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprenticeshipTaxContributions_HostOrganisationId_SchoolYear",
                table: "ApprenticeshipTaxContributions",
                columns: new[] { "HostOrganisationId", "SchoolYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActionCohorts_CohortId",
                table: "PartnershipActionCohorts",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActionLearners_LearnerId",
                table: "PartnershipActionLearners",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActionPartners_HostOrganisationId",
                table: "PartnershipActionPartners",
                column: "HostOrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_PartnershipActions_Establishments_EstablishmentId",
                table: "PartnershipActions",
                column: "EstablishmentId",
                principalTable: "Establishments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PartnershipActions_Establishments_EstablishmentId",
                table: "PartnershipActions");

            migrationBuilder.AddColumn<Guid>(
                name: "HostOrganisationId",
                table: "PartnershipActions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Back to one host organisation per action: the first partner; an event without any cannot be kept.
            migrationBuilder.Sql("""
                DELETE FROM "PartnershipActions" WHERE NOT EXISTS (SELECT 1 FROM "PartnershipActionPartners" p WHERE p."ActionId" = "PartnershipActions"."Id");
                """);
            migrationBuilder.Sql("""
                UPDATE "PartnershipActions" SET "HostOrganisationId" = (SELECT p."HostOrganisationId" FROM "PartnershipActionPartners" p
                    WHERE p."ActionId" = "PartnershipActions"."Id" ORDER BY p."HostOrganisationId" LIMIT 1);
                """);

            migrationBuilder.DropTable(
                name: "ApprenticeshipTaxContributions");

            migrationBuilder.DropTable(
                name: "PartnershipActionCohorts");

            migrationBuilder.DropTable(
                name: "PartnershipActionLearners");

            migrationBuilder.DropTable(
                name: "PartnershipActionPartners");

            migrationBuilder.DropIndex(
                name: "IX_PartnershipActions_EstablishmentId_Date",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "EndTime",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "EstablishmentId",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "SpeakerName",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "StartTime",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "PartnershipActions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PartnershipActions");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActions_HostOrganisationId_Date",
                table: "PartnershipActions",
                columns: new[] { "HostOrganisationId", "Date" });

            migrationBuilder.AddForeignKey(
                name: "FK_PartnershipActions_HostOrganisations_HostOrganisationId",
                table: "PartnershipActions",
                column: "HostOrganisationId",
                principalTable: "HostOrganisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
