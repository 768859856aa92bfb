using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Pfmp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HostOrganisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: true),
                    Sector = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    City = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HostOrganisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HostOrganisations_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TutorLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TutorId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TutorLinks_AspNetUsers_TutorId",
                        column: x => x.TutorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HostContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HostContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HostContacts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HostContacts_HostOrganisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipActions_HostOrganisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfmpPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TutorContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    TutorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferentTeacherId = table.Column<Guid>(type: "uuid", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WeeklyHours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    WorksDuringSchoolHolidays = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PlannedActivities = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActivitiesDone = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TutorComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AppraisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_AspNetUsers_ReferentTeacherId",
                        column: x => x.ReferentTeacherId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_AspNetUsers_TutorId",
                        column: x => x.TutorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_HostContacts_TutorContactId",
                        column: x => x.TutorContactId,
                        principalTable: "HostContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PfmpPeriods_HostOrganisations_HostOrganisationId",
                        column: x => x.HostOrganisationId,
                        principalTable: "HostOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PfmpAbsences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Justified = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpAbsences_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfmpConventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpConventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpConventions_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfmpDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpDocuments_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfmpTargets",
                columns: table => new
                {
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpTargets", x => new { x.PeriodId, x.ElementId });
                    table.ForeignKey(
                        name: "FK_PfmpTargets_FrameworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PfmpTargets_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PfmpVisits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeacherId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PeopleMet = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PfmpVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PfmpVisits_AspNetUsers_TeacherId",
                        column: x => x.TeacherId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PfmpVisits_PfmpPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "PfmpPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConventionEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConventionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<int>(type: "integer", nullable: true),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorCapacity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConventionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConventionEvents_PfmpConventions_ConventionId",
                        column: x => x.ConventionId,
                        principalTable: "PfmpConventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConventionEvents_ConventionId_Sequence",
                table: "ConventionEvents",
                columns: new[] { "ConventionId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HostContacts_HostOrganisationId",
                table: "HostContacts",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_HostContacts_UserId",
                table: "HostContacts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_HostOrganisations_EstablishmentId_NormalizedName",
                table: "HostOrganisations",
                columns: new[] { "EstablishmentId", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_HostOrganisations_EstablishmentId_Siret",
                table: "HostOrganisations",
                columns: new[] { "EstablishmentId", "Siret" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipActions_HostOrganisationId_Date",
                table: "PartnershipActions",
                columns: new[] { "HostOrganisationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpAbsences_PeriodId_Day",
                table: "PfmpAbsences",
                columns: new[] { "PeriodId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PfmpConventions_PeriodId",
                table: "PfmpConventions",
                column: "PeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PfmpDocuments_LearnerId",
                table: "PfmpDocuments",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpDocuments_PeriodId_CreatedAt",
                table: "PfmpDocuments",
                columns: new[] { "PeriodId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_CohortId_LearnerId",
                table: "PfmpPeriods",
                columns: new[] { "CohortId", "LearnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_HostOrganisationId",
                table: "PfmpPeriods",
                column: "HostOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_LearnerId_Start",
                table: "PfmpPeriods",
                columns: new[] { "LearnerId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_ReferentTeacherId",
                table: "PfmpPeriods",
                column: "ReferentTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_TutorContactId",
                table: "PfmpPeriods",
                column: "TutorContactId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpPeriods_TutorId",
                table: "PfmpPeriods",
                column: "TutorId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpTargets_ElementId",
                table: "PfmpTargets",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_PfmpVisits_PeriodId_PlannedOn",
                table: "PfmpVisits",
                columns: new[] { "PeriodId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PfmpVisits_TeacherId",
                table: "PfmpVisits",
                column: "TeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_TutorLinks_TokenHash",
                table: "TutorLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TutorLinks_TutorId",
                table: "TutorLinks",
                column: "TutorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConventionEvents");

            migrationBuilder.DropTable(
                name: "PartnershipActions");

            migrationBuilder.DropTable(
                name: "PfmpAbsences");

            migrationBuilder.DropTable(
                name: "PfmpDocuments");

            migrationBuilder.DropTable(
                name: "PfmpTargets");

            migrationBuilder.DropTable(
                name: "PfmpVisits");

            migrationBuilder.DropTable(
                name: "TutorLinks");

            migrationBuilder.DropTable(
                name: "PfmpConventions");

            migrationBuilder.DropTable(
                name: "PfmpPeriods");

            migrationBuilder.DropTable(
                name: "HostContacts");

            migrationBuilder.DropTable(
                name: "HostOrganisations");
        }
    }
}
