using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Situations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Organisations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "OrganisationDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationDocuments_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OrganisationDocuments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Resources_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Situations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    EstablishmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FrameworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Context = table.Column<string>(type: "text", nullable: true),
                    Intention = table.Column<string>(type: "text", nullable: true),
                    Modalities = table.Column<int>(type: "integer", nullable: false),
                    Restitution = table.Column<string>(type: "text", nullable: true),
                    EnglishResources = table.Column<string>(type: "text", nullable: true),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DuplicatedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Situations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Situations_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Situations_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Situations_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Situations_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Situations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Situations_Situations_DuplicatedFromId",
                        column: x => x.DuplicatedFromId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IntegrationWeek = table.Column<bool>(type: "boolean", nullable: false),
                    SchoolWeeks = table.Column<int>(type: "integer", nullable: false),
                    WeeklyClassHours = table.Column<int>(type: "integer", nullable: false),
                    EnglishHours = table.Column<int>(type: "integer", nullable: false),
                    AutonomyHoursPerWeek = table.Column<int>(type: "integer", nullable: false),
                    SpeakerHoursPerWeek = table.Column<int>(type: "integer", nullable: false),
                    AutonomyDay = table.Column<int>(type: "integer", nullable: true),
                    AutonomyStart = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    SpeakerDay = table.Column<int>(type: "integer", nullable: true),
                    SpeakerStart = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    PfmpWeekdays = table.Column<int>(type: "integer", nullable: false),
                    Template = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TrainingPlans_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceCompetences",
                columns: table => new
                {
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    FrameworkCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ElementCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceCompetences", x => new { x.ResourceId, x.FrameworkCode, x.ElementCode });
                    table.ForeignKey(
                        name: "FK_ResourceCompetences_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Missions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Conditions = table.Column<string>(type: "text", nullable: true),
                    Productions = table.Column<string>(type: "text", nullable: true),
                    Criteria = table.Column<string>(type: "text", nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Missions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Missions_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationAssignments_AspNetUsers_AssignedById",
                        column: x => x.AssignedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SituationAssignments_CohortGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "CohortGroups",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SituationAssignments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SituationAssignments_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationVersions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SituationVersions_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPfmpBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Weeks = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPfmpBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPfmpBlocks_TrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingPlanBlocks",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingPlanBlocks", x => new { x.PlanId, x.BlockCode });
                    table.ForeignKey(
                        name: "FK_TrainingPlanBlocks_TrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "TrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MissionCompetences",
                columns: table => new
                {
                    MissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissionCompetences", x => new { x.MissionId, x.ElementId });
                    table.ForeignKey(
                        name: "FK_MissionCompetences_FrameworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MissionCompetences_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationDocuments_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SituationDocuments_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SituationDocuments_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationResources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SituationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SituationResources_Missions_MissionId",
                        column: x => x.MissionId,
                        principalTable: "Missions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SituationResources_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SituationResources_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SituationAssignmentLearners",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SituationAssignmentLearners", x => new { x.AssignmentId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_SituationAssignmentLearners_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SituationAssignmentLearners_SituationAssignments_Assignment~",
                        column: x => x.AssignmentId,
                        principalTable: "SituationAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MissionCompetences_ElementId",
                table: "MissionCompetences",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_Missions_SituationId_SortOrder",
                table: "Missions",
                columns: new[] { "SituationId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationDocuments_OrganisationId",
                table: "OrganisationDocuments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationDocuments_UploadedById",
                table: "OrganisationDocuments",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_PlanPfmpBlocks_PlanId_Start",
                table: "PlanPfmpBlocks",
                columns: new[] { "PlanId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_ResourceCompetences_FrameworkCode_ElementCode",
                table: "ResourceCompetences",
                columns: new[] { "FrameworkCode", "ElementCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Resources_Code",
                table: "Resources",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Resources_EstablishmentId",
                table: "Resources",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationAssignmentLearners_LearnerId",
                table: "SituationAssignmentLearners",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationAssignments_AssignedById",
                table: "SituationAssignments",
                column: "AssignedById");

            migrationBuilder.CreateIndex(
                name: "IX_SituationAssignments_CohortId_Start",
                table: "SituationAssignments",
                columns: new[] { "CohortId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_SituationAssignments_GroupId",
                table: "SituationAssignments",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationAssignments_SituationId",
                table: "SituationAssignments",
                column: "SituationId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationDocuments_MissionId",
                table: "SituationDocuments",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationDocuments_SituationId",
                table: "SituationDocuments",
                column: "SituationId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationDocuments_UploadedById",
                table: "SituationDocuments",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_SituationResources_MissionId",
                table: "SituationResources",
                column: "MissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationResources_ResourceId",
                table: "SituationResources",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationResources_SituationId_MissionId",
                table: "SituationResources",
                columns: new[] { "SituationId", "MissionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Situations_Code",
                table: "Situations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Situations_CreatedById",
                table: "Situations",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Situations_DuplicatedFromId",
                table: "Situations",
                column: "DuplicatedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Situations_EstablishmentId_Title",
                table: "Situations",
                columns: new[] { "EstablishmentId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Situations_FrameworkId",
                table: "Situations",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_Situations_OrganisationId",
                table: "Situations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Situations_UpdatedById",
                table: "Situations",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_SituationVersions_AuthorId",
                table: "SituationVersions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_SituationVersions_SituationId_Number",
                table: "SituationVersions",
                columns: new[] { "SituationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_CohortId",
                table: "TrainingPlans",
                column: "CohortId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingPlans_UpdatedById",
                table: "TrainingPlans",
                column: "UpdatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MissionCompetences");

            migrationBuilder.DropTable(
                name: "OrganisationDocuments");

            migrationBuilder.DropTable(
                name: "PlanPfmpBlocks");

            migrationBuilder.DropTable(
                name: "ResourceCompetences");

            migrationBuilder.DropTable(
                name: "SituationAssignmentLearners");

            migrationBuilder.DropTable(
                name: "SituationDocuments");

            migrationBuilder.DropTable(
                name: "SituationResources");

            migrationBuilder.DropTable(
                name: "SituationVersions");

            migrationBuilder.DropTable(
                name: "TrainingPlanBlocks");

            migrationBuilder.DropTable(
                name: "SituationAssignments");

            migrationBuilder.DropTable(
                name: "Missions");

            migrationBuilder.DropTable(
                name: "Resources");

            migrationBuilder.DropTable(
                name: "TrainingPlans");

            migrationBuilder.DropTable(
                name: "Situations");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Organisations");
        }
    }
}
