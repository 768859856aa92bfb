using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ccf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CcfEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfEvidence_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfEvidence_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfExamResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExamCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mark = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    RuleMark = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SetById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfExamResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfExamResults_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfExamResults_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfJuryDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAverage = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    ProposedOutcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Average = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MarksJson = table.Column<string>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfJuryDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfJuryDecisions_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfJuryDecisions_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SituationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfProjects_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfSittings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExamCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SituationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Room = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Remote = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfSittings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfSittings_CohortGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "CohortGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CcfSittings_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfProjectMembers",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contribution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfProjectMembers", x => new { x.ProjectId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_CcfProjectMembers_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfProjectMembers_CcfProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "CcfProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfCandidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SittingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attendance = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraTimePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Accommodation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConvokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfCandidates_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfCandidates_CcfSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "CcfSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfEvaluators",
                columns: table => new
                {
                    SittingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfEvaluators", x => new { x.SittingId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_CcfEvaluators_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfEvaluators_CcfSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "CcfSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SittingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfFiles_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CcfFiles_CcfCandidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "CcfCandidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfFiles_CcfEvidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "CcfEvidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfFiles_CcfProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "CcfProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfFiles_CcfSittings_SittingId",
                        column: x => x.SittingId,
                        principalTable: "CcfSittings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CcfGrids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Mark = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfGrids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfGrids_CcfCandidates_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "CcfCandidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfGrids_CcfGrids_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "CcfGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.NoAction);
                });

            migrationBuilder.CreateTable(
                name: "CcfGridLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GridId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfGridLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CcfGridLines_CcfGrids_GridId",
                        column: x => x.GridId,
                        principalTable: "CcfGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfGridLines_FrameworkElements_ElementId",
                        column: x => x.ElementId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CcfGridSignatures",
                columns: table => new
                {
                    GridId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CcfGridSignatures", x => new { x.GridId, x.EvaluatorId });
                    table.ForeignKey(
                        name: "FK_CcfGridSignatures_AspNetUsers_EvaluatorId",
                        column: x => x.EvaluatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CcfGridSignatures_CcfGrids_GridId",
                        column: x => x.GridId,
                        principalTable: "CcfGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CcfCandidates_LearnerId",
                table: "CcfCandidates",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfCandidates_SittingId_LearnerId",
                table: "CcfCandidates",
                columns: new[] { "SittingId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CcfEvaluators_PersonId",
                table: "CcfEvaluators",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfEvidence_CohortId_LearnerId_ExamCode",
                table: "CcfEvidence",
                columns: new[] { "CohortId", "LearnerId", "ExamCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CcfEvidence_LearnerId",
                table: "CcfEvidence",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfExamResults_CohortId_LearnerId_ExamCode",
                table: "CcfExamResults",
                columns: new[] { "CohortId", "LearnerId", "ExamCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CcfExamResults_LearnerId",
                table: "CcfExamResults",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfFiles_CandidateId",
                table: "CcfFiles",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfFiles_EvidenceId",
                table: "CcfFiles",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfFiles_ProjectId",
                table: "CcfFiles",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfFiles_SittingId",
                table: "CcfFiles",
                column: "SittingId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfFiles_UploadedById",
                table: "CcfFiles",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_CcfGridLines_ElementId",
                table: "CcfGridLines",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfGridLines_GridId_ElementId",
                table: "CcfGridLines",
                columns: new[] { "GridId", "ElementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CcfGrids_CorrectsId",
                table: "CcfGrids",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfGrids_EvaluationId_Number",
                table: "CcfGrids",
                columns: new[] { "EvaluationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CcfGridSignatures_EvaluatorId",
                table: "CcfGridSignatures",
                column: "EvaluatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfJuryDecisions_CohortId_LearnerId",
                table: "CcfJuryDecisions",
                columns: new[] { "CohortId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CcfJuryDecisions_LearnerId",
                table: "CcfJuryDecisions",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfProjectMembers_LearnerId",
                table: "CcfProjectMembers",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CcfProjects_CohortId_SituationCode",
                table: "CcfProjects",
                columns: new[] { "CohortId", "SituationCode" });

            migrationBuilder.CreateIndex(
                name: "IX_CcfSittings_CohortId_StartsAt",
                table: "CcfSittings",
                columns: new[] { "CohortId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CcfSittings_GroupId",
                table: "CcfSittings",
                column: "GroupId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CcfEvaluators");

            migrationBuilder.DropTable(
                name: "CcfExamResults");

            migrationBuilder.DropTable(
                name: "CcfFiles");

            migrationBuilder.DropTable(
                name: "CcfGridLines");

            migrationBuilder.DropTable(
                name: "CcfGridSignatures");

            migrationBuilder.DropTable(
                name: "CcfJuryDecisions");

            migrationBuilder.DropTable(
                name: "CcfProjectMembers");

            migrationBuilder.DropTable(
                name: "CcfEvidence");

            migrationBuilder.DropTable(
                name: "CcfGrids");

            migrationBuilder.DropTable(
                name: "CcfProjects");

            migrationBuilder.DropTable(
                name: "CcfCandidates");

            migrationBuilder.DropTable(
                name: "CcfSittings");
        }
    }
}
